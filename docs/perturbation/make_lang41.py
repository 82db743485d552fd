#!/usr/bin/env python3
"""Build the "lang41" text perturbation set: site furniture in German, Italian, Spanish, French, Portuguese and
Dutch around real tune stories.

The tune part has only six stories in those languages (German, Italian and Portuguese; none in Spanish, French or
Dutch), so the set has two parts. The six pages get furniture in their own language, four variants a page. Forty-two
English tune pages (a seeded draw) get furniture in one of the six languages each, drawn in turn, one variant a
page: an English-language story on a site whose template is in another language, as foreign-language sites print
their English editions. The gold body is never changed.

Furniture, 5-10 pieces a variant, each kind written in many phrasings per language: related-list headings over
invented headlines (some with a date or an age), one-line "read also" plugs, comment counts and prompts,
newsletter, cookie, app and paywall prompts, share and follow lines, photo credits and captions, author boxes with
a bio sentence, ad labels, date and update stamps in the language's own forms ("3. Dezember 2019, 14:32 Uhr",
"vor 3 Stunden", "3 ore fa", "hace 3 horas", "il y a 3 heures", "há 3 horas", "3 uur geleden"), bylines with a
date. Above the story (below the page's header lines), between two of its paragraphs and below its last one;
lines set apart by blank lines or not. Pages are split A/B by a seeded shuffle of their ids.

Usage: make_lang41.py OUTDIR   (writes OUTDIR/{A,B}/<id>~v<k>.txt, OUTDIR/gold-{A,B}.json, OUTDIR/manifest.tsv)
"""
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_lang  # noqa: E402  (the page reader and language guess)

SEED = 41_2026
NATIVE_VARIANTS = 4
FOREIGN_PAGES = 42
LANGS = ['de', 'it', 'es', 'fr', 'pt', 'nl']

MONTHS = {
    'de': "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    'it': "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    'es': "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    'fr': "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    'pt': "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    'nl': "januari februari maart april mei juni juli augustus september oktober november december".split(),
}
WEEKDAYS = {
    'de': "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    'it': "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    'es': "lunes martes miércoles jueves viernes sábado domingo".split(),
    'fr': "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    'pt': "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    'nl': "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
}

# {D} a day, {M} a month's name, {MM} its number, {Y} the year, {T} a clock time, {N} a number, {W} a weekday,
# {P} a person, {A} an agency, {S} a site
D = {}
D['de'] = dict(
    who=["Bundesregierung", "Die Bahn", "Stadtrat", "Gewerkschaften", "Polizei", "Forscher", "Landwirte",
         "Der Kanzler", "Mieterbund", "Verbraucherschützer", "Bürgermeisterin", "Klimaaktivisten", "Ärzte"],
    did=["streitet über", "plant neue Regeln für", "warnt vor", "kippt", "verschiebt", "fordert mehr Geld für",
         "setzt auf", "prüft", "stoppt"],
    what=["die Grundsteuer", "den Nahverkehr", "das Heizungsgesetz", "Mietpreise", "den Ausbau der Radwege",
          "die Pflegereform", "Windräder im Wald", "das Tempolimit", "die Schulen", "den Flughafen"],
    related=["Weitere Artikel", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Auch interessant",
             "Weitere Nachrichten", "Empfehlungen der Redaktion", "Mehr aus dem Ressort", "Meistgelesen",
             "Top-Artikel", "Aktuelle Meldungen", "Passend zum Thema", "Verwandte Artikel", "Unsere Empfehlungen",
             "Ebenfalls lesenswert", "Neueste Artikel"],
    plug=["Lesen Sie auch:", "Lesen Sie auch", "Auch interessant:", "Mehr dazu:", "Lesetipp:", "Zum Thema:",
          "Hintergrund:", "Passend dazu:", "Lesen Sie dazu auch:", "Ebenfalls lesenswert:"],
    comments=["{N} Kommentare", "Kommentare ({N})", "Kommentar schreiben", "Diskutieren Sie mit!",
              "Jetzt kommentieren", "Was meinen Sie? Schreiben Sie uns Ihre Meinung in die Kommentare.",
              "Kommentare anzeigen", "Zur Diskussion ({N})", "Leserkommentare", "{N} Leserkommentare",
              "Um kommentieren zu können, müssen Sie angemeldet sein.", "Alle Kommentare lesen"],
    newsletter=["Newsletter abonnieren", "Jetzt Newsletter abonnieren",
                "Mit unserem Newsletter verpassen Sie keine Nachricht mehr. Jetzt kostenlos anmelden!",
                "Der Morgen-Newsletter: Die wichtigsten Nachrichten des Tages jeden Morgen in Ihrem Postfach.",
                "Melden Sie sich hier für unseren kostenlosen Newsletter an.",
                "Newsletter\nAlle wichtigen Nachrichten aus Ihrer Region.\nJetzt anmelden",
                "Bleiben Sie informiert: Unser Newsletter erscheint jeden Freitag.",
                "Hier kostenlos für den Newsletter registrieren"],
    cookie=["Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können. Mit der Nutzung der Seite stimmen Sie dem zu.",
            "Diese Website nutzt Cookies. Weitere Informationen finden Sie in unserer Datenschutzerklärung.\nAkzeptieren",
            "Cookie-Einstellungen", "Alle akzeptieren", "Datenschutz-Einstellungen verwalten"],
    app=["Jetzt unsere App herunterladen", "Laden Sie sich jetzt unsere kostenlose App herunter!",
         "Die App für Android und iOS: Nachrichten aus Ihrer Stadt direkt aufs Handy.",
         "Mit der App keine Eilmeldung verpassen", "Push-Nachrichten aktivieren"],
    paywall=["Dieser Artikel ist exklusiv für Abonnenten.", "Jetzt weiterlesen mit Plus",
             "Sie haben bereits ein Abo? Hier anmelden", "Testen Sie 4 Wochen für 0,99 €",
             "Weiterlesen mit Z+"],
    share=["Teilen", "Artikel teilen", "Auf Facebook teilen", "Per WhatsApp teilen", "Teilen Twittern Mailen",
           "Facebook Twitter WhatsApp E-Mail", "Link kopieren", "Drucken", "Merken", "Artikel merken",
           "Folgen Sie uns auf Instagram", "Folgen Sie uns auf Facebook und Twitter"],
    credit=["Foto: {A}", "Foto: {A}/{P}", "Bild: {A}", "Bild: {P}/{A}", "© {A}", "Quelle: {A}",
            "Foto: picture alliance/dpa", "(Foto: {P})", "Symbolbild: {A}", "Archivbild: {A}", "Fotos: {P}"],
    caption=["Demonstranten vor dem Rathaus am Dienstagabend.", "Blick auf die Baustelle im Stadtzentrum.",
             "Die Abgeordneten bei der Abstimmung im Landtag.", "Ein Polizeiwagen vor dem Gebäude."],
    authorhead=["Über den Autor", "Zum Autor", "Über die Autorin", "Der Autor", "Die Autorin"],
    bio=["{P} ist Redakteur im Ressort Politik und berichtet über Landespolitik.",
         "{P} schreibt seit 2012 für unsere Zeitung über Wirtschaft und Verkehr.",
         "{P} ist Korrespondentin in Brüssel."],
    ad=["Anzeige", "ANZEIGE", "Werbung", "- Anzeige -", "Anzeige | Weiter nach der Anzeige", "Weiter nach der Anzeige",
        "Gesponserter Inhalt"],
    stamp=["vor {N} Stunden", "vor {N} Minuten", "Aktualisiert: vor {N} Stunden", "Stand: {D}.{MM}.{Y}, {T} Uhr",
           "{D}. {M} {Y}, {T} Uhr", "{W}, {D}. {M} {Y}", "Veröffentlicht am {D}.{MM}.{Y} um {T} Uhr",
           "Aktualisiert am {D}. {M} {Y}", "{D}.{MM}.{Y} | {T}", "Erstellt: {D}.{MM}.{Y}, {T} Uhr", "gestern, {T} Uhr",
           "Zuletzt aktualisiert: {D}.{MM}.{Y}"],
    byline=["Von {P} | {D}. {M} {Y}", "Von {P}, {D}.{MM}.{Y}", "{P} | vor {N} Stunden", "Ein Artikel von {P}"],
    people=["Thomas Becker", "Anna Schulz", "Markus Wagner", "Julia Hoffmann", "Stefan Krüger", "Katrin Vogel"],
    agencies=["dpa", "AFP", "Reuters", "imago images", "Getty Images", "epd", "Keystone"],
)
D['it'] = dict(
    who=["Il governo", "La Regione", "Il sindaco", "I sindacati", "La procura", "Gli studenti", "Il Comune",
         "Gli agricoltori", "La Consulta", "I medici di base", "Il ministro", "La Lega"],
    did=["approva", "boccia", "rinvia", "annuncia", "indaga su", "chiede chiarezza su", "blocca", "rilancia"],
    what=["la manovra", "il piano rifiuti", "lo sciopero dei treni", "le nuove tasse", "il bonus casa",
          "la riforma delle pensioni", "i cantieri in centro", "il caro bollette", "il nuovo ospedale"],
    related=["Leggi anche", "Potrebbe interessarti anche", "Articoli correlati", "Notizie correlate",
             "Le più lette", "I più letti", "Altre notizie", "Ti potrebbe interessare", "In evidenza",
             "Ultime notizie", "Dalla stessa sezione", "Consigliati per te", "Approfondimenti"],
    plug=["LEGGI ANCHE:", "Leggi anche:", "Leggi anche", "Approfondisci:", "Potrebbe interessarti:",
          "Vedi anche:", "Guarda anche:", "Per approfondire:"],
    comments=["{N} commenti", "Commenti ({N})", "Lascia un commento", "Commenta", "Scrivi un commento",
              "Partecipa alla discussione", "Vedi tutti i commenti", "Accedi per commentare",
              "Dicci la tua nei commenti.", "Commenta la notizia"],
    newsletter=["Iscriviti alla newsletter", "Ricevi ogni mattina le notizie più importanti: iscriviti alla nostra newsletter.",
                "Newsletter\nLe notizie del giorno nella tua casella di posta.\nIscriviti gratis",
                "Iscriviti alla nostra newsletter per restare sempre aggiornato.",
                "Vuoi ricevere le notizie di oggi? Iscriviti qui"],
    cookie=["Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione accetti l'uso dei cookie.",
            "Utilizziamo i cookie per migliorare la tua esperienza. Accetta tutti", "Gestisci preferenze cookie",
            "Accetta e chiudi"],
    app=["Scarica la nostra app", "Scarica l'app gratuita e ricevi le notizie in tempo reale.",
         "Attiva le notifiche", "Disponibile su App Store e Google Play"],
    paywall=["Questo articolo è riservato agli abbonati.", "Abbonati per continuare a leggere",
             "Sei già abbonato? Accedi", "Prova 1 mese a 1 €"],
    share=["Condividi", "Condividi su Facebook", "Condividi su WhatsApp", "Facebook Twitter Linkedin Email",
           "Copia link", "Stampa", "Seguici su Instagram", "Seguici su Facebook", "Invia per email"],
    credit=["Foto: {A}", "Foto {A}", "(Foto {A})", "Foto di {P}", "© {A}", "Fonte: {A}", "Foto d'archivio",
            "Immagine: {A}", "Foto: {P}/{A}"],
    caption=["I manifestanti davanti al Comune martedì sera.", "Una veduta del cantiere in centro.",
             "Il consiglio regionale durante il voto.", "Un'auto della polizia davanti all'edificio."],
    authorhead=["L'autore", "Chi è l'autore", "Sull'autore", "L'autrice"],
    bio=["{P} è giornalista professionista e si occupa di cronaca e politica locale.",
         "{P} scrive di economia e lavoro dal 2010.", "{P} è corrispondente da Bruxelles."],
    ad=["Pubblicità", "PUBBLICITÀ", "Pubblicita", "Contenuto sponsorizzato", "Annuncio", "- Pubblicità -",
        "Continua a leggere dopo la pubblicità"],
    stamp=["{N} ore fa", "{N} minuti fa", "Aggiornato {N} ore fa", "{D} {M} {Y}", "{D} {M} {Y} - {T}",
           "{W} {D} {M} {Y}", "Pubblicato il {D}/{MM}/{Y} alle {T}", "Ultimo aggiornamento: {D}/{MM}/{Y} {T}",
           "{D}/{MM}/{Y} {T}", "Aggiornato il {D} {M} {Y} alle ore {T}", "ieri alle {T}"],
    byline=["di {P} | {D} {M} {Y}", "Di {P} - {D}/{MM}/{Y}", "{P} | {N} ore fa", "A cura di {P}"],
    people=["Marco Rossi", "Giulia Bianchi", "Luca Ferrari", "Francesca Romano", "Paolo Greco", "Chiara Conti"],
    agencies=["Ansa", "LaPresse", "Imagoeconomica", "Agf", "Reuters", "Afp", "Fotogramma"],
)
D['es'] = dict(
    who=["El Gobierno", "La Junta", "El alcalde", "Los sindicatos", "La Fiscalía", "Los vecinos", "El Ayuntamiento",
         "Los agricultores", "El Supremo", "Los médicos", "La ministra", "El PP"],
    did=["aprueba", "rechaza", "aplaza", "anuncia", "investiga", "exige explicaciones por", "paraliza", "defiende"],
    what=["los presupuestos", "la ley de vivienda", "la huelga de transporte", "la subida del IVA",
          "el plan de movilidad", "la reforma de las pensiones", "las obras del centro", "la factura de la luz"],
    related=["Lee también", "Te puede interesar", "Noticias relacionadas", "Artículos relacionados",
             "Lo más leído", "Más noticias", "También te puede interesar", "Recomendados", "Última hora",
             "Más de esta sección", "Lo último", "Temas relacionados", "Te recomendamos"],
    plug=["Lee también:", "LEA TAMBIÉN:", "Leer más:", "Te puede interesar:", "Más información:",
          "Relacionado:", "Lea también", "Noticia relacionada:", "Ver también:"],
    comments=["{N} comentarios", "Comentarios ({N})", "Deja tu comentario", "Comenta", "Escribe un comentario",
              "Participa en la conversación", "Ver todos los comentarios", "Inicia sesión para comentar",
              "¿Qué opinas? Déjanos tu comentario.", "Ver comentarios"],
    newsletter=["Suscríbete a nuestra newsletter", "Recibe cada mañana las noticias más importantes en tu correo.",
                "Boletín\nLo mejor del día en tu bandeja de entrada.\nSuscribirme",
                "Apúntate a nuestro boletín gratuito y no te pierdas nada.",
                "Suscríbete al boletín semanal"],
    cookie=["Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.",
            "Este sitio web usa cookies. Aceptar", "Configuración de cookies", "Aceptar todas"],
    app=["Descarga nuestra app", "Descarga gratis la app y recibe las noticias al instante.",
         "Activa las notificaciones", "Disponible en App Store y Google Play"],
    paywall=["Este contenido es exclusivo para suscriptores.", "Suscríbete para seguir leyendo",
             "¿Ya eres suscriptor? Inicia sesión", "Primer mes por 1 €"],
    share=["Compartir", "Compartir en Facebook", "Compartir en WhatsApp", "Facebook Twitter WhatsApp Email",
           "Copiar enlace", "Imprimir", "Síguenos en Instagram", "Síguenos en Twitter", "Enviar por correo"],
    credit=["Foto: {A}", "Fotografía: {A}", "(Foto: {P})", "Imagen: {A}", "© {A}", "Fuente: {A}",
            "Foto de archivo", "Foto: {P} / {A}", "EFE/{P}"],
    caption=["Manifestantes frente al Ayuntamiento el martes por la noche.", "Vista de las obras en el centro.",
             "Los diputados durante la votación en el Congreso.", "Un coche de policía frente al edificio."],
    authorhead=["Sobre el autor", "Sobre la autora", "El autor", "Quién escribe"],
    bio=["{P} es periodista y cubre política local desde 2014.", "{P} escribe sobre economía y empleo.",
         "{P} es corresponsal en Bruselas."],
    ad=["Publicidad", "PUBLICIDAD", "Anuncio", "Contenido patrocinado", "- Publicidad -", "Sigue leyendo tras la publicidad"],
    stamp=["hace {N} horas", "Hace {N} minutos", "Actualizado hace {N} horas", "{D} de {M} de {Y}",
           "{D} {M} {Y} - {T}", "{W}, {D} de {M} de {Y}", "Publicado el {D}/{MM}/{Y} a las {T}",
           "Actualizado: {D}/{MM}/{Y} {T}h", "{D}/{MM}/{Y} {T} CET", "Actualizado el {D} de {M} de {Y}, {T}",
           "ayer a las {T}"],
    byline=["Por {P} | {D} de {M} de {Y}", "{P} - {D}/{MM}/{Y}", "{P} | hace {N} horas", "Por {P}, {D} {M} {Y}"],
    people=["Javier García", "Lucía Martínez", "Carlos López", "Marta Sánchez", "Pablo Fernández", "Elena Ruiz"],
    agencies=["EFE", "Europa Press", "Reuters", "AFP", "Getty Images", "Efe"],
)
D['fr'] = dict(
    who=["Le gouvernement", "La mairie", "Le préfet", "Les syndicats", "Le parquet", "Les habitants", "La région",
         "Les agriculteurs", "Le Conseil d'Etat", "Les médecins", "La ministre", "L'opposition"],
    did=["adopte", "rejette", "reporte", "annonce", "enquête sur", "réclame des comptes sur", "suspend", "défend"],
    what=["le budget", "la réforme des retraites", "la grève des transports", "la hausse des loyers",
          "le plan vélo", "la fermeture de l'usine", "les travaux du centre-ville", "la facture d'électricité"],
    related=["À lire aussi", "Sur le même sujet", "Lire aussi", "Articles liés", "Les plus lus", "Nos articles",
             "Dans la même rubrique", "Vous aimerez aussi", "À découvrir", "Les dernières actualités",
             "Plus d'actualités", "À voir aussi", "Recommandé pour vous"],
    plug=["À lire aussi :", "LIRE AUSSI :", "Lire aussi", "À lire également :", "Voir aussi :", "Lire aussi >>",
          "Sur le même sujet :", "Notre article :", "À LIRE :"],
    comments=["{N} commentaires", "Commentaires ({N})", "Laisser un commentaire", "Commenter", "Réagir",
              "Réagissez à cet article", "Voir les commentaires", "Connectez-vous pour commenter",
              "Donnez votre avis dans les commentaires.", "Afficher les {N} commentaires"],
    newsletter=["Inscrivez-vous à notre newsletter", "Recevez chaque matin l'essentiel de l'actualité.",
                "Newsletter\nL'actualité du jour dans votre boîte mail.\nJe m'inscris",
                "Abonnez-vous à la newsletter gratuite pour ne rien manquer.",
                "La newsletter Politique : chaque semaine, le meilleur de notre rubrique."],
    cookie=["Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.",
            "Ce site utilise des cookies. Tout accepter", "Paramétrer les cookies", "Accepter et fermer"],
    app=["Téléchargez notre application", "Téléchargez l'application gratuite et suivez l'actualité en direct.",
         "Activez les notifications", "Disponible sur l'App Store et Google Play"],
    paywall=["Cet article est réservé aux abonnés.", "Abonnez-vous pour lire la suite",
             "Déjà abonné ? Se connecter", "Offre découverte : 1 € le premier mois"],
    share=["Partager", "Partager sur Facebook", "Partager sur WhatsApp", "Facebook Twitter LinkedIn E-mail",
           "Copier le lien", "Imprimer", "Suivez-nous sur Instagram", "Suivez-nous sur Twitter", "Envoyer par e-mail"],
    credit=["Photo : {A}", "Photo {A}", "(Photo : {P})", "Crédit photo : {A}", "© {A}", "Source : {A}",
            "Photo d'illustration", "Photo : {P} / {A}", "Illustration : {A}"],
    caption=["Des manifestants devant la mairie mardi soir.", "Vue du chantier en centre-ville.",
             "Les députés lors du vote à l'Assemblée.", "Une voiture de police devant le bâtiment."],
    authorhead=["À propos de l'auteur", "L'auteur", "L'autrice", "Qui est l'auteur"],
    bio=["{P} est journaliste au service politique depuis 2015.", "{P} couvre l'économie et l'emploi.",
         "{P} est correspondante à Bruxelles."],
    ad=["Publicité", "PUBLICITÉ", "Contenu sponsorisé", "- Publicité -", "Article sponsorisé",
        "La suite après cette publicité"],
    stamp=["il y a {N} heures", "Il y a {N} minutes", "Mis à jour il y a {N} heures", "{D} {M} {Y}",
           "{D} {M} {Y} à {T}", "{W} {D} {M} {Y}", "Publié le {D}/{MM}/{Y} à {H}h{MI}",
           "Mis à jour le {D} {M} {Y} à {H}h{MI}", "{D}/{MM}/{Y} {T}", "Publié le {W} {D} {M} {Y}",
           "hier à {H}h{MI}"],
    byline=["Par {P} | {D} {M} {Y}", "Par {P} - Le {D}/{MM}/{Y}", "{P} | il y a {N} heures", "Par {P}, le {D} {M} {Y}"],
    people=["Julien Martin", "Camille Dubois", "Nicolas Bernard", "Sophie Laurent", "Thomas Moreau", "Claire Petit"],
    agencies=["AFP", "Reuters", "Maxppp", "Hans Lucas", "Getty Images", "SIPA", "AP"],
)
D['pt'] = dict(
    who=["O governo", "A prefeitura", "O prefeito", "Os sindicatos", "O Ministério Público", "Os moradores",
         "A Câmara", "Os agricultores", "O STF", "Os médicos", "A ministra", "A oposição"],
    did=["aprova", "rejeita", "adia", "anuncia", "investiga", "cobra explicações sobre", "suspende", "defende"],
    what=["o orçamento", "a reforma da Previdência", "a greve dos ônibus", "o reajuste do IPTU", "o plano de mobilidade",
          "as obras no centro", "a conta de luz", "o novo hospital"],
    related=["Leia também", "Veja também", "Notícias relacionadas", "Matérias relacionadas", "Mais lidas",
             "As mais lidas", "Mais notícias", "Você pode gostar", "Recomendadas para você", "Últimas notícias",
             "Mais sobre o assunto", "Saiba mais", "Relacionadas"],
    plug=["Leia também:", "LEIA TAMBÉM:", "Veja também:", "Leia mais:", "Saiba mais:", "Relacionada:",
          "LEIA MAIS:", "Confira:"],
    comments=["{N} comentários", "Comentários ({N})", "Deixe seu comentário", "Comente", "Escreva um comentário",
              "Participe da conversa", "Ver todos os comentários", "Faça login para comentar",
              "O que você achou? Deixe seu comentário.", "Comentar"],
    newsletter=["Assine nossa newsletter", "Receba as principais notícias do dia no seu e-mail.",
                "Newsletter\nO essencial do dia na sua caixa de entrada.\nQuero receber",
                "Cadastre-se na nossa newsletter gratuita e fique bem informado.",
                "Inscreva-se para receber a newsletter"],
    cookie=["Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa política de privacidade.",
            "Este site usa cookies. Aceitar", "Configurações de cookies", "Aceitar todos"],
    app=["Baixe nosso app", "Baixe o aplicativo gratuito e receba as notícias em tempo real.",
         "Ative as notificações", "Disponível na App Store e no Google Play"],
    paywall=["Conteúdo exclusivo para assinantes.", "Assine para continuar lendo",
             "Já é assinante? Faça login", "Assine por R$ 1,90 no primeiro mês"],
    share=["Compartilhar", "Compartilhe", "Compartilhar no Facebook", "Compartilhar no WhatsApp",
           "Facebook Twitter WhatsApp E-mail", "Copiar link", "Imprimir", "Siga-nos no Instagram", "Enviar por e-mail"],
    credit=["Foto: {A}", "Foto: {P}/{A}", "(Foto: {P})", "Imagem: {A}", "© {A}", "Fonte: {A}",
            "Foto de arquivo", "Crédito: {A}", "Reprodução/{A}"],
    caption=["Manifestantes em frente à prefeitura na terça-feira à noite.", "Vista das obras no centro.",
             "Deputados durante a votação na Câmara.", "Uma viatura da polícia em frente ao prédio."],
    authorhead=["Sobre o autor", "Sobre a autora", "O autor", "Quem escreve"],
    bio=["{P} é jornalista e cobre política desde 2013.", "{P} escreve sobre economia e emprego.",
         "{P} é correspondente em Brasília."],
    ad=["Publicidade", "PUBLICIDADE", "Anúncio", "Conteúdo patrocinado", "- Publicidade -", "Continua depois da publicidade"],
    stamp=["há {N} horas", "Há {N} minutos", "Atualizado há {N} horas", "{D} de {M} de {Y}", "{D}/{MM}/{Y} {H}h{MI}",
           "{W}, {D} de {M} de {Y}", "Publicado em {D}/{MM}/{Y} às {T}", "Atualizado em {D}/{MM}/{Y} - {T}",
           "{D}/{MM}/{Y} - {T}", "Atualizado em {D} de {M} de {Y} às {T}", "ontem às {T}"],
    byline=["Por {P} | {D} de {M} de {Y}", "Por {P} - {D}/{MM}/{Y}", "{P} | há {N} horas", "Por {P}, {D}/{MM}/{Y} {T}"],
    people=["João Silva", "Ana Souza", "Pedro Oliveira", "Mariana Costa", "Rafael Santos", "Beatriz Lima"],
    agencies=["Agência Brasil", "Folhapress", "Estadão Conteúdo", "Reuters", "AFP", "Divulgação", "Lusa"],
)
D['nl'] = dict(
    who=["Het kabinet", "De gemeente", "De burgemeester", "De vakbonden", "Het OM", "Bewoners", "De provincie",
         "Boeren", "De rechter", "Huisartsen", "De minister", "De oppositie"],
    did=["keurt goed", "wijst af", "stelt uit", "kondigt aan", "onderzoekt", "eist opheldering over", "stopt met",
         "verdedigt"],
    what=["de begroting", "de woningwet", "de staking in het ov", "de huurverhoging", "het fietsplan",
          "de sluiting van de fabriek", "de werkzaamheden in het centrum", "de energierekening"],
    related=["Lees ook", "Meer over dit onderwerp", "Gerelateerde artikelen", "Meest gelezen", "Meer nieuws",
             "Dit vind je misschien ook interessant", "Aanbevolen", "Laatste nieuws", "Uit dezelfde rubriek",
             "Ook interessant", "Net binnen", "Populair"],
    plug=["Lees ook:", "LEES OOK:", "Lees ook", "Lees meer:", "Ook interessant:", "Meer hierover:", "Bekijk ook:"],
    comments=["{N} reacties", "Reacties ({N})", "Plaats een reactie", "Reageer", "Schrijf een reactie",
              "Praat mee", "Bekijk alle reacties", "Log in om te reageren", "Wat vind jij? Laat een reactie achter.",
              "Reageren"],
    newsletter=["Schrijf je in voor onze nieuwsbrief", "Ontvang elke ochtend het belangrijkste nieuws in je mailbox.",
                "Nieuwsbrief\nHet nieuws van de dag in je inbox.\nAanmelden",
                "Meld je gratis aan voor de nieuwsbrief en mis niets.", "Abonneer je op de nieuwsbrief"],
    cookie=["Wij gebruiken cookies om je ervaring te verbeteren. Door verder te gaan ga je akkoord met ons cookiebeleid.",
            "Deze website maakt gebruik van cookies. Accepteren", "Cookie-instellingen", "Alles accepteren"],
    app=["Download onze app", "Download de gratis app en ontvang het nieuws direct.", "Zet meldingen aan",
         "Beschikbaar in de App Store en Google Play"],
    paywall=["Dit artikel is alleen voor abonnees.", "Word abonnee om verder te lezen",
             "Al abonnee? Log in", "Probeer 1 maand voor € 1"],
    share=["Delen", "Deel dit artikel", "Delen op Facebook", "Deel via WhatsApp", "Facebook Twitter WhatsApp E-mail",
           "Kopieer link", "Printen", "Volg ons op Instagram", "Mail dit artikel"],
    credit=["Foto: {A}", "Foto {A}", "(Foto: {P})", "Beeld: {A}", "© {A}", "Bron: {A}", "Archieffoto",
            "Foto: {P} / {A}", "Beeld {P}"],
    caption=["Demonstranten voor het stadhuis op dinsdagavond.", "Zicht op de bouwplaats in het centrum.",
             "Kamerleden tijdens de stemming.", "Een politieauto voor het gebouw."],
    authorhead=["Over de auteur", "Over de schrijver", "De auteur", "Over deze journalist"],
    bio=["{P} is verslaggever politiek en schrijft over de Tweede Kamer.", "{P} schrijft over economie en werk.",
         "{P} is correspondent in Brussel."],
    ad=["Advertentie", "ADVERTENTIE", "Gesponsord", "- Advertentie -", "Lees verder na de advertentie"],
    stamp=["{N} uur geleden", "{N} minuten geleden", "Bijgewerkt {N} uur geleden", "{D} {M} {Y}", "{D} {M} {Y}, {T}",
           "{W} {D} {M} {Y}", "Gepubliceerd op {D}-{MM}-{Y} om {T}", "Laatste update: {D}-{MM}-{Y}, {T}",
           "{D}-{MM}-{Y}, {T}", "Aangepast op {D} {M} {Y} om {T}", "gisteren om {T}"],
    byline=["Door {P} | {D} {M} {Y}", "Door {P} - {D}-{MM}-{Y}", "{P} | {N} uur geleden", "Door {P}, {D} {M} {Y}"],
    people=["Jan de Vries", "Sanne Jansen", "Pieter Bakker", "Lotte Visser", "Bram Smit", "Eva de Boer"],
    agencies=["ANP", "Hollandse Hoogte", "Reuters", "AFP", "Getty Images", "Belga"],
)


def fill(r, lang, s):
    d = D[lang]
    h, mi = r.randint(6, 23), r.randint(0, 59)
    return (s.replace('{N}', str(r.randint(2, 240))).replace('{D}', str(r.randint(1, 28)))
            .replace('{MM}', f"{r.randint(1, 12):02d}").replace('{M}', r.choice(MONTHS[lang]))
            .replace('{Y}', r.choice(['2019', '2019', '2020'])).replace('{T}', f"{h:02d}:{mi:02d}")
            .replace('{H}', str(h)).replace('{MI}', f"{mi:02d}").replace('{W}', r.choice(WEEKDAYS[lang]))
            .replace('{P}', r.choice(d['people'])).replace('{A}', r.choice(d['agencies'])))


def headline(r, lang):
    d = D[lang]
    h = f"{r.choice(d['who'])} {r.choice(d['did'])} {r.choice(d['what'])}"
    k = r.random()
    if k < 0.15:
        h += r.choice(['?', '!', ' – die Hintergründe' if lang == 'de' else ''])
    elif k < 0.3:
        h = f"{r.choice(['Video', 'Live', 'Update', 'Foto', 'Exklusiv' if lang == 'de' else 'Esclusiva' if lang == 'it' else 'Exclusiva' if lang == 'es' else 'Exclusif' if lang == 'fr' else 'Exclusivo' if lang == 'pt' else 'Exclusief'])}: {h}"
    return h


def pick(r, lang, kind):
    return fill(r, lang, r.choice(D[lang][kind])).split('\n')


def related(r, lang):
    out = [r.choice(D[lang]['related']) + r.choice(['', '', ':', ' »'])]
    for k in range(r.randint(3, 6)):
        h = headline(r, lang)
        s = r.random()
        if s < 0.2:
            out += [h, fill(r, lang, r.choice(D[lang]['stamp']))]
        elif s < 0.3:
            out.append(f"{h} ({fill(r, lang, r.choice(D[lang]['stamp']))})")
        elif s < 0.4:
            out.append(f"{k + 1}. {h}")
        elif s < 0.5:
            out.append(f"• {h}")
        else:
            out.append(h)
    return out


def plug(r, lang):
    label = r.choice(D[lang]['plug'])
    if r.random() < 0.7:
        return [f"{label} {headline(r, lang)}"]
    return [label, headline(r, lang)]


def photo(r, lang):
    credit = fill(r, lang, r.choice(D[lang]['credit']))
    cap = r.choice(D[lang]['caption'])
    k = r.randrange(4)
    if k == 0:
        return [credit]
    if k == 1:
        return [f"{cap}{r.choice([' - ', ' | ', ' ', ' — '])}{credit}"]
    if k == 2:
        return [f"{cap} {credit}" if credit.startswith('(') else f"{cap} ({credit})"]
    return [cap, credit]


def author(r, lang):
    out = [r.choice(D[lang]['authorhead'])] if r.random() < 0.7 else []
    return out + [fill(r, lang, r.choice(D[lang]['bio']))]


def simple(kind):
    return lambda r, lang: pick(r, lang, kind)


KINDS = [("related", related, 4), ("plug", plug, 4), ("comments", simple('comments'), 3),
         ("newsletter", simple('newsletter'), 3), ("cookie", simple('cookie'), 1), ("app", simple('app'), 2),
         ("paywall", simple('paywall'), 1), ("share", simple('share'), 3), ("photo", photo, 3),
         ("author", author, 2), ("ad", simple('ad'), 3), ("stamp", simple('stamp'), 3), ("byline", simple('byline'), 2)]
PLACES = {"related": "MB", "plug": "M", "comments": "AB", "newsletter": "MB", "cookie": "AB", "app": "AMB",
          "paywall": "MB", "share": "AMB", "photo": "AM", "author": "B", "ad": "AMB", "stamp": "AB", "byline": "A"}


def build(pid, lang, r):
    dump = (make_lang.PAGES / f"{pid}.txt").read_text(encoding='utf-8').split('\n')
    gold = make_lang.GOLD[pid]['articleBody']
    gl = set(x.strip() for x in gold.split('\n') if x.strip())
    m = [k for k, x in enumerate(dump) if x.strip() in gl]
    if len(m) < 3:
        return None, []
    first, last = m[0], m[-1]
    between = [a for a, b in zip(m, m[1:]) if all(not dump[k].strip() for k in range(a + 1, b))] or m[:-1]
    inserts = {}
    kinds = []
    weights = [w for _, _, w in KINDS]
    for _ in range(r.randint(5, 10)):
        name, fn, _ = r.choices(KINDS, weights)[0]
        place = r.choice(PLACES[name])
        at = {'A': first - 1, 'M': r.choice(between), 'B': last}[place]
        piece = fn(r, lang)
        if r.random() < 0.35:
            spaced = []
            for x in piece:
                spaced += [x, ""]
            piece = spaced[:-1]
        inserts.setdefault(at, []).append(piece)
        kinds.append(f"{name}:{place}")
    out = []
    if -1 in inserts:
        for piece in inserts[-1]:
            out += piece + [""]
    for k, line in enumerate(dump):
        out.append(line)
        for piece in inserts.get(k, []):
            out += [""] + piece
        if k in inserts and k + 1 < len(dump) and dump[k + 1].strip():
            out.append("")  # the piece set apart from the line below it too
    return '\n'.join(out), kinds


def main():
    outdir = Path(sys.argv[1])
    tune = make_lang.tune_ids()
    native = [(pid, make_lang.language(make_lang.GOLD[pid]['articleBody'])) for pid in tune]
    native = [(pid, lang) for pid, lang in native if lang in LANGS]
    english = [pid for pid in tune if make_lang.language(make_lang.GOLD[pid]['articleBody']) is None]
    r0 = random.Random(SEED)
    r0.shuffle(english)
    foreign = [(pid, LANGS[k % len(LANGS)]) for k, pid in enumerate(english[:FOREIGN_PAGES])]
    jobs = [(pid, lang, v) for pid, lang in native for v in range(1, NATIVE_VARIANTS + 1)]
    jobs += [(pid, lang, 1) for pid, lang in foreign]
    half = {}
    for group in ([pid for pid, _ in native], [pid for pid, _ in foreign]):  # each part split in two
        group = sorted(group)
        r0.shuffle(group)
        half.update({pid: ('A' if k % 2 == 0 else 'B') for k, pid in enumerate(group)})
    golds = {'A': {}, 'B': {}}
    manifest = []
    for h in 'AB':
        (outdir / h).mkdir(parents=True, exist_ok=True)
    for pid, lang, v in jobs:
        r = random.Random(f"{SEED}:{pid}:{v}")
        text, kinds = build(pid, lang, r)
        if text is None:
            continue
        did = f"{pid}~v{v}"
        (outdir / half[pid] / f"{did}.txt").write_text(text, encoding='utf-8')
        golds[half[pid]][did] = {'articleBody': make_lang.GOLD[pid]['articleBody'], 'url': make_lang.GOLD[pid].get('url')}
        native_or_not = 'native' if (pid, lang) in native else 'foreign'
        manifest.append(f"{did}\t{half[pid]}\t{lang}\t{native_or_not}\t{','.join(kinds)}")
    for h in 'AB':
        json.dump(golds[h], open(outdir / f"gold-{h}.json", 'w'), ensure_ascii=False)
    (outdir / 'manifest.tsv').write_text('\n'.join(manifest) + '\n')
    print({h: len(golds[h]) for h in 'AB'})


if __name__ == '__main__':
    main()
