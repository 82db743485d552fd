package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The furniture {@code rules/multilingual.rules} names in German, Italian, Spanish, French, Portuguese and Dutch in its
 * last sections (the {@code lang41} perturbation set's failures): plugs with and without their headline, related and
 * most-read headings, newsletter slogans and buttons, prompts ending in a call to action, app and push-notification
 * prompts, follow and save buttons, ad labels, time stamps and ages, the author box's heading, comment invitations.
 * Each sample line is matched whole by a rule of its kind and reason; story sentences in those languages that speak
 * of newsletters, comments, photos, apps or ads are matched by none.
 */
class EuropeanLanguageFurnitureRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LINE|related-list|Noticia relacionada: La Fiscalía investiga los presupuestos",
            "LINE|related-list|Zum Thema: Ärzte stoppen die Grundsteuer",
            "LINE|related-list|Per approfondire: Il sindaco blocca il piano rifiuti",
            "LINE|related-list|Lesen Sie dazu auch: Mieterbund setzt auf den Nahverkehr",
            "LINE|related-list|Lire aussi >> La mairie enquête sur la hausse des loyers",
            "LINE|related-list|Artigo relacionado: Prefeitura adia obras no centro",
            "TAIL|related-list|Mehr dazu:",
            "TAIL|related-list|Leer más:",
            "TAIL|related-list|Leia também",
            "TAIL|related-list|Per approfondire",
            "TAIL|related-list|Lees ook:",
            "TAIL|related-list|Neueste Artikel »",
            "TAIL|related-list|Aktuelle Meldungen",
            "TAIL|related-list|Empfehlungen der Redaktion",
            "TAIL|related-list|Potrebbe interessarti anche »",
            "TAIL|related-list|Dalla stessa sezione",
            "TAIL|related-list|Más de esta sección:",
            "TAIL|related-list|Temas relacionados",
            "TAIL|related-list|Les dernières actualités",
            "TAIL|related-list|Articles les plus lus",
            "TAIL|related-list|Últimas notícias:",
            "TAIL|related-list|Uit dezelfde rubriek",
            "TAIL|related-list|Dit vind je misschien ook leuk",
            "LINE|subscribe|Lo mejor del día en tu bandeja de entrada.",
            "LINE|subscribe|O essencial do dia na sua caixa de entrada.",
            "LINE|subscribe|Die wichtigsten Nachrichten direkt in Ihr Postfach",
            "LINE|subscribe|Suscribirme",
            "LINE|subscribe|Quero receber",
            "LINE|subscribe|Je m'inscris",
            "LINE|subscribe|Boletín",
            "LINE|subscribe|Vuoi ricevere le notizie di oggi? Iscriviti qui",
            "LINE|subscribe|Mit unserem Newsletter verpassen Sie keine Nachricht mehr. Jetzt kostenlos anmelden!",
            "LINE|subscribe|Ne manquez rien de l'actualité locale : inscrivez-vous gratuitement",
            "LINE|subscribe|Blijf op de hoogte met onze gratis nieuwsbrief",
            "LINE|app-promo|Descarga nuestra app",
            "LINE|app-promo|Téléchargez l'application gratuite et suivez l'actualité en direct.",
            "LINE|app-promo|Scarica gratis la nostra app",
            "LINE|app-promo|Push-Nachrichten aktivieren",
            "LINE|app-promo|Attiva le notifiche",
            "LINE|app-promo|Zet meldingen aan",
            "LINE|contact|Volg ons op Instagram",
            "LINE|contact|Suivez-nous sur Facebook et Twitter",
            "LINE|contact|Síguenos en TikTok",
            "LINE|share|Artikel merken",
            "LINE|share|Guardar artículo",
            "LINE|advertisement|Anuncio",
            "LINE|advertisement|Contenido patrocinado",
            "LINE|advertisement|— Advertentie —",
            "LINE|advertisement|La suite après cette publicité",
            "LINE|dateline|Publié le vendredi 16 novembre 2019",
            "LINE|dateline|Mis à jour le 3 décembre 2019 à 14h32",
            "LINE|dateline|Gepubliceerd op 12-03-2019 om 10:15",
            "LINE|dateline|Actualizado: 04/11/2019 13:34h",
            "LINE|dateline|hace 3 horas",
            "LINE|dateline|Il y a 12 minutes",
            "LINE|dateline|3 uur geleden",
            "LINE|dateline|Aggiornato 49 ore fa",
            "LINE|dateline|ieri alle 18:02",
            "LINE|dateline|gestern, 18:02 Uhr",
            "TAIL|author-box|Quem escreve",
            "TAIL|author-box|Sobre el autor",
            "TAIL|author-box|Over de auteur",
            "TAIL|author-box|L'autrice",
            "LINE|comment-box|Participe da conversa",
            "LINE|comment-box|Zur Diskussion (12)",
            "LINE|comment-box|Praat mee",
            "LINE|comment-box|¿Qué opinas? Déjanos tu comentario.",
            "LINE|comment-box|Dicci la tua nei commenti.",
            "LINE|comment-box|Was meinen Sie? Schreiben Sie uns Ihre Meinung in den Kommentaren."})
    void furnitureIsNamed(RuleKind kind, String code, String line) throws RuleException {
        ShippedRules.assertNames(kind, code, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Der Verlag will seinen Newsletter künftig zweimal täglich verschicken, sagte die Chefredakteurin.",
            "Die Zeitung hat 40.000 Abonnenten für ihren Newsletter gewonnen, die meisten davon in Bayern.",
            "Viele Leser hinterließen Kommentare unter dem Video, in denen sie den Bürgermeister kritisierten.",
            "Das Foto zeigt den Minister bei einem Treffen mit Landwirten im vergangenen Sommer.",
            "Die Polizei bittet um Hinweise und hat ein Foto des Verdächtigen veröffentlicht.",
            "Vor drei Stunden hatte der Minister noch erklärt, er werde nicht zurücktreten.",
            "Il giornale ha lanciato una newsletter dedicata alla politica locale, che conta già 12 mila iscritti.",
            "I commenti sotto il post del ministro sono stati migliaia in poche ore.",
            "La foto, scattata 3 ore fa, è già diventata virale sui social.",
            "Lascia un commento velenoso sotto il post del sindaco e viene denunciato, racconta l'avvocato.",
            "El periódico envía su boletín a más de 200.000 suscriptores cada mañana, explicó la directora.",
            "Los comentarios en la red social se multiplicaron tras la publicación de la foto.",
            "Hace 3 horas que los bomberos trabajan para controlar el incendio en la sierra.",
            "La aplicación permite descargar las facturas, según explicó la compañía en un comunicado.",
            "Le journal a lancé une newsletter consacrée au climat, qui compte déjà 50 000 abonnés.",
            "Les commentaires publiés sous la vidéo ont été signalés à la plateforme par l'association.",
            "La photo a été prise il y a 3 jours par un habitant du quartier.",
            "Il y a 3 heures, le préfet a annoncé la fermeture des écoles du département.",
            "O jornal lançou uma newsletter sobre economia, que já tem 30 mil assinantes.",
            "Os comentários do ministro sobre a foto provocaram críticas da oposição.",
            "A foto foi publicada há 3 horas no perfil oficial do governador.",
            "Há 3 dias a família não tem notícias do rapaz, disse a mãe.",
            "De krant verstuurt haar nieuwsbrief elke ochtend naar 80.000 lezers, zegt de hoofdredacteur.",
            "De reacties onder het bericht van de burgemeester waren overwegend negatief.",
            "De foto werd 3 uur geleden gemaakt door een omstander en gedeeld op sociale media.",
            "Volg ons op de voet, zei de demonstrant tegen de agenten.",
            "Der Autor des Buches lebt seit 20 Jahren in Berlin.",
            "Publicidad engañosa: la multa asciende a 3 millones de euros, según la autoridad.",
            "Anuncio oficial: el Gobierno aprueba la ley de vivienda tras meses de negociación con los socios."})
    void storySentencesWithTheSameWordsAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
