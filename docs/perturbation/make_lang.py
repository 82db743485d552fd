#!/usr/bin/env python3
"""Build the "lang" text perturbation set from the non-English tune pages.

Each tune page whose gold body is in Portuguese, German, Italian, French, Indonesian, Russian or Korean (told by
its script and its function words) gets site furniture written in its own language, the many ways sites of that
language print it: menus, "read also" plugs and related runs with invented headlines, most-read lists,
share/follow/newsletter/subscribe prompts, comment prompts and counts, cookie notices, app prompts, ad labels,
photo credits and captions, author bios, copyright and footer lines, tag rows, date and update stamps, source
lines. 5-10 pieces a variant, above the story (below the page's header), between two of its paragraphs and below
its last one; lines set apart by blank lines or not. The gold body is unchanged. Four variants a page; pages are
split A/B by a seeded shuffle of their ids (all variants of a page in the same half).

The same furniture is also set, as markup, into each page's HTML (nav, aside/section/div boxes with a heading and
linked items, figures with captions, ad slots, prompt boxes with links, author and footer boxes, meta rows), before the
first <p> that holds a gold paragraph, after one in the middle and after the last; its own seeds, so the text set
does not change with it.

Usage: make_lang.py OUTDIR   (writes OUTDIR/{A,B}/<id>~v<k>.txt, OUTDIR/gold-{A,B}.json, OUTDIR/manifest.tsv and
the same under OUTDIR/html/ with <id>~v<k>.html)
"""
import gzip
import html as html_lib
import json
import os
import random
import re
import sys
from pathlib import Path

SEED = 20261206
VARIANTS = 4
REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get('WIREWASH_SHARED', REPO.parent / 'shared'))
PAGES = SHARED / 'bench/text/pages'
GOLD = json.load(open(SHARED / 'bench/extraction/ground-truth.json'))
SPLIT = REPO / 'src/test/resources/bench/split.tsv'

# ---------------------------------------------------------------- telling the gold body's language
FUNCTION_WORDS = {
    'pt': "de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das à seu sua ou "
          "quando muito nos já também só pelo pela até isso ela entre depois sem mesmo aos foi são".split(),
    'de': "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus "
          "er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder".split(),
    'it': "di e il la che in a per un del non è una con le si della al i dei da gli nel alla più anche come ma "
          "sono delle questo nella ha lo ci sul se suo dopo quando".split(),
    'fr': "de la le et les des en du un une est que pour dans qui pas sur au plus par ne il se ce avec sont elle "
          "aux ont mais ou leur été cette lui nous comme".split(),
    'id': "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada karena oleh saya bisa mereka "
          "sudah kami atau seperti lebih telah dapat jika kata tersebut".split(),
}


def language(text):
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    if sum('\uac00' <= c <= '\ud7a3' for c in letters) > len(letters) * 0.3:
        return 'ko'
    if sum('\u0400' <= c <= '\u04ff' for c in letters) > len(letters) * 0.3:
        return 'ru'
    words = re.findall(r"\w+", text.lower())
    english = set("the of and to in is that for it with was on as by at from this be are have".split())
    share = {k: sum(w in set(v) for w in words) for k, v in FUNCTION_WORDS.items()}
    best = max(share, key=share.get)
    return best if share[best] > sum(w in english for w in words) else None


# ---------------------------------------------------------------- the furniture, per language
# Each language: headline parts, section names, and the phrasings of each kind of furniture. "{hh}" is an hour,
# "{mi}" minutes, "{n}" a number, "{dd}"/"{mm}"/"{mon}"/"{dn}" a date's parts, "{t}" a time, "{p}" a person, "{s}" a site, "{a}" an agency.
L = {}
L['pt'] = dict(
    who=["Prefeitura", "Governo federal", "Câmara dos Deputados", "Polícia Civil", "Moradores", "Professores",
         "Anvisa", "Justiça", "Ministro da Saúde", "Torcedores", "Empresários", "Senado", "Bolsonaro", "STF"],
    did=["aprova", "rejeita", "adia", "anuncia", "critica", "investiga", "suspende", "defende", "amplia", "cancela",
         "libera", "volta atrás sobre"],
    what=["novo plano de habitação", "aumento da tarifa de ônibus", "reforma da previdência", "obras na ponte",
          "vacinação contra a gripe", "corte no orçamento", "concurso público", "horário de verão",
          "preço da gasolina", "festival de música", "privatização dos Correios", "volta às aulas"],
    tail=["", "", "", " após polêmica", "; entenda", " nesta segunda-feira", " e gera críticas", ": veja o que muda",
          " em São Paulo", " e surpreende"],
    months=["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro"],
    people=["Ana Souza", "Pedro Henrique Lima", "Mariana Costa", "Rafael Oliveira", "Juliana Ferreira"],
    sites=["Portal Notícias", "Jornal do Dia", "Folha Regional", "Diário Online"],
    agencies=["Agência Brasil", "Estadão Conteúdo", "Folhapress", "Reuters", "AFP"],
    menu=["Início", "Últimas notícias", "Política", "Economia", "Esportes", "Brasil", "Mundo", "Cultura",
          "Entretenimento", "Saúde", "Tecnologia", "Opinião", "Vídeos", "Podcasts", "Colunistas", "Famosos"],
    readalso=["Leia também:", "Leia mais:", "LEIA TAMBÉM:", "Veja também:", "Saiba mais:", "Leia ainda:",
              "LEIA MAIS", "Confira também:"],
    related=["Notícias relacionadas", "Matérias relacionadas", "Veja também", "Conteúdo relacionado",
             "Você também pode gostar", "Mais sobre o assunto", "Recomendadas para você"],
    mostread=["Mais lidas", "As mais lidas", "Mais lidas da semana", "Mais acessadas", "Mais vistos", "Em alta",
              "Mais populares"],
    share=["Compartilhe", "Compartilhar", "Compartilhe esta notícia", "Compartilhar no WhatsApp",
           "Enviar por e-mail", "Copiar link", "Compartilhe:\nFacebook\nTwitter\nWhatsApp", "Imprimir"],
    follow=["Siga o {s} no Instagram", "Acompanhe o {s} nas redes sociais", "Siga-nos no Twitter e no Facebook",
            "Entre no canal do {s} no WhatsApp e receba as principais notícias do dia",
            "Participe do nosso grupo no Telegram"],
    newsletter=["Receba as principais notícias no seu e-mail", "Assine nossa newsletter",
                "Cadastre-se e receba nossa newsletter gratuitamente", "Newsletter {s}\nInscreva-se",
                "Quer receber as notícias do dia? Assine a newsletter gratuita do {s}."],
    subscribe=["Assine", "Já é assinante? Faça login", "Assine por R$ 1,90 no primeiro mês", "Entrar",
               "Esta reportagem é exclusiva para assinantes. Assine agora e tenha acesso ilimitado."],
    comments=["Comentários", "{n} comentários", "Deixe seu comentário", "Comente", "Ver comentários ({n})",
              "Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.",
              "Comentar"],
    cookie=["Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa "
            "Política de Privacidade.\nAceitar",
            "Este site usa cookies para personalizar conteúdo e anúncios. Saiba mais\nOK, entendi",
            "Nós usamos cookies e outras tecnologias semelhantes para melhorar a sua experiência em nossos serviços."],
    app=["Baixe o app do {s} e receba notícias em tempo real", "Baixe nosso aplicativo",
         "Disponível no Google Play e na App Store", "Leia no app"],
    ad=["Publicidade", "PUBLICIDADE", "Anúncio", "Continua após a publicidade", "Conteúdo patrocinado",
        "CONTINUA DEPOIS DA PUBLICIDADE"],
    credit=["Foto: Divulgação", "(Foto: Reprodução/Instagram)", "Imagem: {a}", "Foto: {p}/{a}",
            "Crédito: Reprodução", "Foto: Arquivo pessoal"],
    caption=["Movimento na avenida principal nesta manhã", "Manifestantes em frente ao prédio do governo",
             "O ministro durante entrevista coletiva em Brasília", "Vista aérea da cidade após a chuva"],
    bio=["{p} é jornalista e escreve sobre economia desde 2010.",
         "Sobre o autor\n{p} é repórter de política do {s}, formada pela USP.",
         "{p} é colunista do {s} e escreve às quintas-feiras."],
    copyright=["© 2019 {s}. Todos os direitos reservados.", "Copyright © {s} 2019",
               "Política de Privacidade\nTermos de Uso\nFale conosco\nExpediente",
               "É proibida a reprodução total ou parcial deste conteúdo sem autorização."],
    tags=["Tags: {tags}", "Tópicos: {tags}", "Assuntos:\n{taglines}", "Veja mais sobre: {tags}", "Temas: {tags}"],
    stamp=["Publicado em {dn} às {t}", "Atualizado há {n} horas", "{dn} {t} - Atualizado em {dn} {t}",
           "{dd} de {mon} de 2019", "Atualizado em {dn}"],
    source=["Fonte: {a}", "Com informações do {a}", "Fonte: Ministério da Saúde", "*Com {a}"],
    words=["saúde", "economia", "São Paulo", "educação", "futebol", "política", "eleições", "meio ambiente"],
)
L['de'] = dict(
    who=["Stadtrat", "Bundesregierung", "Polizei", "Anwohner", "Lehrer", "Die Bahn", "Gericht", "Gesundheitsminister",
         "Fans", "Landwirte", "Bürgermeisterin", "Bundestag", "Gewerkschaft"],
    did=["beschließt", "kritisiert", "verschiebt", "prüft", "stoppt", "plant", "fordert", "verteidigt", "kippt"],
    what=["neues Wohnungsbauprogramm", "höhere Ticketpreise", "Rentenreform", "Sanierung der Brücke", "Impfkampagne",
          "Kürzungen im Haushalt", "Tempolimit", "Hitzeschutzplan", "Streik im Nahverkehr", "neue Radwege",
          "Grundsteuer", "Digitalpakt"],
    tail=["", "", "", " – was jetzt gilt", " nach langem Streit", ": Das müssen Sie wissen", " trotz Protesten",
          " in Berlin"],
    months=["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"],
    people=["Jan Schneider", "Anna Müller", "Thomas Becker", "Laura Hoffmann", "Stefan Wagner"],
    sites=["Tagesblatt", "Rundschau", "Allgemeine Zeitung", "Stadtanzeiger"],
    agencies=["dpa", "AFP", "Reuters", "epd", "KNA"],
    menu=["Startseite", "Nachrichten", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama", "Wissen", "Regional",
          "Meinung", "Video", "Reise", "Auto", "Digital", "Gesundheit"],
    readalso=["Lesen Sie auch:", "Auch interessant:", "Mehr zum Thema:", "Passend dazu:", "Lesetipp:",
              "Das könnte Sie auch interessieren:", "LESEN SIE AUCH", "Weiterlesen:"],
    related=["Mehr zum Thema", "Weitere Artikel", "Das könnte Sie auch interessieren", "Ähnliche Artikel",
             "Verwandte Themen", "Empfehlungen der Redaktion"],
    mostread=["Meistgelesen", "Die meistgelesenen Artikel", "Top-Artikel", "Meistgelesene Artikel",
              "Beliebteste Artikel", "Am meisten gelesen"],
    share=["Teilen", "Artikel teilen", "Auf Facebook teilen", "Per Mail versenden", "Link kopieren", "Drucken",
           "Teilen:\nFacebook\nTwitter\nWhatsApp\nE-Mail", "Diesen Artikel teilen"],
    follow=["Folgen Sie uns auf Facebook und Instagram", "Folge uns auf X", "Sie finden uns auch auf Instagram",
            "Folgen Sie dem {s} auf WhatsApp", "Abonnieren Sie unseren Kanal auf Telegram"],
    newsletter=["Newsletter abonnieren", "Jetzt kostenlos für unseren Newsletter anmelden",
                "Melden Sie sich für unseren Newsletter an und erhalten Sie die wichtigsten Nachrichten des Tages.",
                "Der Newsletter für Ihre Region\nJetzt anmelden", "Täglich die wichtigsten Nachrichten per E-Mail"],
    subscribe=["Jetzt abonnieren", "Bereits Abonnent? Hier anmelden", "Weiterlesen mit Abo", "Anmelden",
               "Dieser Artikel ist exklusiv für Abonnenten. Jetzt 4 Wochen gratis testen."],
    comments=["Kommentare", "Kommentare ({n})", "Kommentieren", "Jetzt kommentieren", "Diskutieren Sie mit",
              "{n} Kommentare", "Kommentar schreiben"],
    cookie=["Wir verwenden Cookies, um Ihnen ein optimales Webseiten-Erlebnis zu bieten. Mit der Nutzung der "
            "Website stimmen Sie der Verwendung zu.\nAkzeptieren\nEinstellungen",
            "Diese Website nutzt Cookies und vergleichbare Technologien. Mehr erfahren\nAlle akzeptieren"],
    app=["Jetzt die App herunterladen", "Laden Sie unsere App herunter – kostenlos für iOS und Android",
         "Mit der {s}-App immer informiert", "Jetzt im App Store und bei Google Play"],
    ad=["Anzeige", "ANZEIGE", "Werbung", "Weiter nach der Anzeige", "Sponsored", "- Anzeige -"],
    credit=["Foto: dpa", "Bild: picture alliance/dpa", "© Getty Images", "Quelle: imago images",
            "Foto: {p}", "Foto: {a}/{p}", "Symbolbild: Pixabay"],
    caption=["Blick auf das Rathaus am Montagmorgen", "Demonstranten vor dem Landtag",
             "Die Ministerin bei einer Pressekonferenz in Berlin", "Einsatzkräfte an der Unfallstelle"],
    bio=["{p} ist Redakteur im Ressort Politik.", "Über den Autor\n{p} schreibt seit 2012 für den {s}.",
         "{p} ist Korrespondentin des {s} in Brüssel."],
    copyright=["© {s} 2019. Alle Rechte vorbehalten.", "© 2019 {s} GmbH",
               "Impressum\nDatenschutz\nKontakt\nAGB", "Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung."],
    tags=["Schlagworte: {tags}", "Themen: {tags}", "Mehr zu:\n{taglines}", "Stichworte: {tags}", "Tags: {tags}"],
    stamp=["Veröffentlicht am {dd}.{mm}.2019", "Aktualisiert: {dd}.{mm}.2019, {t} Uhr", "Stand: {t} Uhr",
           "{dd}. {mon} 2019, {t} Uhr", "Erstellt am {dd}.{mm}.2019 um {t} Uhr"],
    source=["Quelle: {a}", "Mit Material von dpa und AFP", "({a})", "Quelle: Statistisches Bundesamt"],
    words=["Politik", "Berlin", "Gesundheit", "Bildung", "Fußball", "Klimawandel", "Wahlen", "Verkehr"],
)
L['it'] = dict(
    who=["Il Comune", "Il governo", "La Regione", "I carabinieri", "I residenti", "Gli insegnanti", "Il ministro",
         "I tifosi", "La procura", "Gli agricoltori", "Il sindaco", "Il Senato"],
    did=["approva", "boccia", "rinvia", "annuncia", "critica", "indaga su", "sospende", "difende", "rilancia"],
    what=["il nuovo piano casa", "l'aumento dei biglietti", "la riforma delle pensioni", "i lavori sul ponte",
          "la campagna vaccinale", "i tagli al bilancio", "il concorso pubblico", "lo sciopero dei trasporti",
          "le nuove piste ciclabili", "il caro bollette"],
    tail=["", "", "", ": ecco cosa cambia", " dopo le polemiche", " a Roma", ", la protesta", " tra le proteste"],
    months=["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
            "novembre", "dicembre"],
    people=["Marco Rossi", "Giulia Bianchi", "Luca Romano", "Francesca Ricci", "Paolo Esposito"],
    sites=["Il Quotidiano", "Corriere Locale", "La Gazzetta", "Notizie Oggi"],
    agencies=["ANSA", "Adnkronos", "LaPresse", "AGI", "Reuters"],
    menu=["Home", "Cronaca", "Politica", "Economia", "Sport", "Cultura", "Spettacoli", "Esteri", "Salute",
          "Tecnologia", "Motori", "Video", "Opinioni", "Viaggi"],
    readalso=["Leggi anche:", "LEGGI ANCHE", "Potrebbe interessarti:", "Vedi anche:", "Leggi anche ->",
              "Approfondisci:", "Ti potrebbe interessare:"],
    related=["Articoli correlati", "Potrebbe interessarti anche", "Altre notizie", "Correlati",
             "Notizie correlate", "Dalla stessa sezione"],
    mostread=["I più letti", "Più letti di oggi", "I più visti", "Le più condivise", "Articoli più letti",
              "Più lette"],
    share=["Condividi", "Condividi su Facebook", "Condividi l'articolo", "Invia per email", "Copia link", "Stampa",
           "Condividi:\nFacebook\nTwitter\nWhatsApp"],
    follow=["Seguici su Facebook", "Segui la nostra pagina Instagram", "Resta aggiornato: seguici su Telegram",
            "Seguici anche su Twitter e Instagram", "Unisciti al nostro canale WhatsApp"],
    newsletter=["Iscriviti alla newsletter", "Ricevi le notizie più importanti ogni mattina nella tua casella di posta",
                "Iscriviti gratuitamente alla nostra newsletter quotidiana", "La newsletter del {s}\nIscriviti"],
    subscribe=["Abbonati", "Sei già abbonato? Accedi", "Abbonati a 1 euro al mese", "Accedi",
               "Questo contenuto è riservato agli abbonati. Abbonati ora per continuare a leggere."],
    comments=["Commenti", "{n} commenti", "Lascia un commento", "Commenta", "Leggi i commenti",
              "Commenti ({n})", "Aggiungi un commento"],
    cookie=["Questo sito utilizza cookie tecnici e di profilazione. Proseguendo la navigazione accetti l'uso dei "
            "cookie.\nAccetta\nPersonalizza",
            "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il "
            "tuo consenso, anche per altre finalità."],
    app=["Scarica la nostra app", "Scarica l'app gratuita per iOS e Android", "Leggi il {s} sull'app",
         "Disponibile su App Store e Google Play"],
    ad=["Pubblicità", "PUBBLICITÀ", "Annuncio", "Contenuto sponsorizzato", "Sponsor", "- Pubblicità -"],
    credit=["Foto ANSA", "(Foto: Ansa)", "Immagine d'archivio", "Foto: {p}/{a}", "Foto di {p}",
            "Credits: LaPresse"],
    caption=["Il sindaco durante la conferenza stampa", "Manifestanti davanti al palazzo della Regione",
             "Una veduta della piazza principale", "I soccorritori sul luogo dell'incidente"],
    bio=["{p} è giornalista professionista, scrive di cronaca e politica.",
         "L'autore\n{p} collabora con il {s} dal 2015.", "{p} è caporedattore del {s}."],
    copyright=["© Riproduzione riservata", "© 2019 {s} - P.IVA 01234567890",
               "Privacy policy\nChi siamo\nContatti\nPubblicità", "Copyright © {s}. Tutti i diritti riservati."],
    tags=["Tag: {tags}", "Argomenti: {tags}", "Tags:\n{taglines}", "Parole chiave: {tags}"],
    stamp=["Pubblicato il {dd} {mon} 2019", "Aggiornato alle {t}", "{dd}/{mm}/2019 - {t}",
           "Ultimo aggiornamento: {dd} {mon} 2019, {t}", "Aggiornato il {dd}/{mm}/2019"],
    source=["Fonte: {a}", "({a})", "Fonte: Ministero della Salute", "Con fonte {a}"],
    words=["cronaca", "Roma", "salute", "scuola", "calcio", "politica", "elezioni", "ambiente"],
)
L['fr'] = dict(
    who=["La mairie", "Le gouvernement", "La police", "Les habitants", "Les enseignants", "Le ministre",
         "Les supporters", "La justice", "Les agriculteurs", "Le Sénat", "La région"],
    did=["adopte", "rejette", "reporte", "annonce", "critique", "enquête sur", "suspend", "défend", "relance"],
    what=["le nouveau plan logement", "la hausse des tarifs", "la réforme des retraites", "les travaux du pont",
          "la campagne de vaccination", "les coupes budgétaires", "la grève des transports",
          "les nouvelles pistes cyclables", "la taxe foncière"],
    tail=["", "", "", " : ce qui change", " après la polémique", " à Paris", ", la colère monte"],
    months=["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"],
    people=["Claire Martin", "Julien Dubois", "Sophie Laurent", "Nicolas Bernard", "Camille Petit"],
    sites=["Le Journal", "La Dépêche locale", "Le Quotidien", "L'Info du jour"],
    agencies=["AFP", "Reuters", "AP", "Belga"],
    menu=["Accueil", "Actualités", "Politique", "Économie", "Sport", "Culture", "Société", "International",
          "Santé", "Tech", "Régions", "Vidéos", "Opinions", "Faits divers"],
    readalso=["Lire aussi :", "À lire aussi :", "LIRE AUSSI", "Voir aussi :", "À découvrir :", "Sur le même sujet :",
              "À lire également :"],
    related=["Sur le même sujet", "Articles similaires", "Nos articles sur le sujet", "À lire aussi",
             "Dans la même rubrique", "Vous aimerez aussi"],
    mostread=["Les plus lus", "Les articles les plus lus", "Populaires", "Les plus partagés", "Les plus consultés"],
    share=["Partager", "Partager sur Facebook", "Partager l'article", "Envoyer par e-mail", "Copier le lien",
           "Imprimer", "Partager :\nFacebook\nTwitter\nLinkedIn"],
    follow=["Suivez-nous sur Facebook", "Suivez-nous sur Instagram et X", "Retrouvez-nous sur WhatsApp",
            "Suivez {s} sur Google Actualités"],
    newsletter=["Inscrivez-vous à notre newsletter", "Recevez chaque matin l'essentiel de l'actualité",
                "Abonnez-vous à la newsletter", "La newsletter du {s}\nJe m'inscris",
                "Recevez gratuitement notre newsletter quotidienne dans votre boîte mail."],
    subscribe=["S'abonner", "Déjà abonné ? Se connecter", "Abonnez-vous pour 1 € le premier mois", "Se connecter",
               "Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite."],
    comments=["Commentaires", "{n} commentaires", "Réagir", "Laisser un commentaire", "Réagissez à cet article",
              "Commentaires ({n})", "Voir les commentaires"],
    cookie=["Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous "
            "acceptez leur utilisation.\nAccepter\nParamétrer les cookies",
            "Ce site utilise des cookies pour vous offrir un contenu personnalisé. En savoir plus\nJ'accepte"],
    app=["Téléchargez notre application", "Téléchargez l'application gratuite sur l'App Store et Google Play",
         "Retrouvez toute l'actualité sur notre appli", "Disponible sur l'App Store"],
    ad=["Publicité", "PUBLICITÉ", "Annonce", "La suite après cette publicité", "Contenu sponsorisé",
        "- Publicité -"],
    credit=["Photo : AFP", "© Photo AFP", "Crédit photo : Reuters", "(Photo d'illustration)", "Photo : {p}",
            "© {p} / {a}"],
    caption=["Le maire lors d'une conférence de presse", "Des manifestants devant la préfecture",
             "Vue de la place principale", "Les secours sur les lieux de l'accident"],
    bio=["{p} est journaliste au service Société.", "À propos de l'auteur\n{p} écrit pour {s} depuis 2014.",
         "{p} est correspondante du {s} à Bruxelles."],
    copyright=["© {s} 2019", "© 2019 {s}. Tous droits réservés.",
               "Mentions légales\nPolitique de confidentialité\nNous contacter\nPlan du site",
               "Toute reproduction interdite sans autorisation."],
    tags=["Mots-clés : {tags}", "Thèmes : {tags}", "Sujets :\n{taglines}", "Tags : {tags}"],
    stamp=["Publié le {dd} {mon} 2019 à {hh}h{mi}", "Mis à jour le {dd}/{mm}/2019 à {hh}h{mi}",
           "Modifié le {dd} {mon} 2019", "Publié le {dd}/{mm}/2019"],
    source=["Source : {a}", "Avec {a}", "({a})", "Source : ministère de la Santé"],
    words=["politique", "Paris", "santé", "éducation", "football", "élections", "environnement", "société"],
)
L['id'] = dict(
    who=["Pemkot", "Pemerintah pusat", "Polisi", "Warga", "Guru honorer", "Menteri Kesehatan", "Suporter", "DPR",
         "Petani", "Gubernur", "KPK", "Jokowi"],
    did=["setujui", "tolak", "tunda", "umumkan", "kritik", "selidiki", "hentikan", "bela", "perluas"],
    what=["program rumah murah", "kenaikan tarif ojol", "revisi UU", "perbaikan jembatan", "vaksinasi massal",
          "pemangkasan anggaran", "seleksi CPNS", "harga BBM", "konser musik", "banjir Jakarta"],
    tail=["", "", "", ", Ini Alasannya", " Usai Polemik", " Hari Ini", ": Begini Faktanya", " di Surabaya"],
    months=["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
            "November", "Desember"],
    people=["Siti Rahma", "Ahmad Fauzi", "Dewi Lestari", "Budi Santoso", "Rizky Pratama"],
    sites=["Warta Kota", "Berita Harian", "Kabar Nusantara", "Portal Berita"],
    agencies=["Antara", "Kompas.com", "Detikcom", "Reuters"],
    menu=["Beranda", "Terkini", "Nasional", "Ekonomi", "Olahraga", "Internasional", "Hiburan", "Teknologi",
          "Otomotif", "Gaya Hidup", "Video", "Foto", "Opini", "Regional"],
    readalso=["Baca juga:", "BACA JUGA:", "Baca Juga :", "Simak juga:", "Lihat juga:", "Baca selengkapnya:",
              "Artikel terkait:"],
    related=["Berita Terkait", "Artikel Terkait", "Berita Lainnya", "Rekomendasi", "Baca Juga",
             "Berita Lain"],
    mostread=["Terpopuler", "Berita Terpopuler", "Paling Dibaca", "Terpopuler Hari Ini", "Trending",
              "Paling Banyak Dibaca"],
    share=["Bagikan", "Bagikan ke WhatsApp", "Bagikan artikel ini", "Salin link", "Share:\nFacebook\nTwitter\nWhatsApp",
           "Bagikan:"],
    follow=["Ikuti kami di Instagram", "Follow akun Instagram @{s}", "Gabung grup Telegram kami untuk update berita terbaru",
            "Ikuti {s} di Google News"],
    newsletter=["Berlangganan newsletter kami", "Dapatkan berita terbaru langsung ke email Anda", "Daftar sekarang",
                "Newsletter {s}\nBerlangganan"],
    subscribe=["Masuk", "Sudah punya akun? Masuk", "Langganan premium mulai Rp 29.000", "Daftar",
               "Artikel ini khusus pelanggan. Berlangganan sekarang untuk membaca."],
    comments=["Komentar", "{n} Komentar", "Tulis komentar", "Komentar ({n})", "Kirim komentar",
              "Tinggalkan Balasan", "Lihat semua komentar"],
    cookie=["Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui "
            "kebijakan privasi kami.\nSetuju",
            "Kami menggunakan cookie untuk memberikan pengalaman terbaik.\nOke"],
    app=["Unduh aplikasi kami", "Download aplikasi {s} di Google Play", "Baca berita lebih cepat di aplikasi {s}",
         "Tersedia di App Store dan Google Play"],
    ad=["Iklan", "ADVERTISEMENT", "Scroll untuk melanjutkan", "Konten bersponsor", "SCROLL TO RESUME CONTENT",
        "- Advertisement -"],
    credit=["Foto: Istimewa", "(Foto: Antara)", "Ilustrasi (Foto: Pixabay)", "Dok. Istimewa", "Foto: {p}/{a}",
            "Sumber foto: Instagram"],
    caption=["Suasana di depan gedung DPR, Senin pagi", "Warga mengantre di kantor kelurahan",
             "Petugas memeriksa lokasi kejadian", "Menteri saat memberikan keterangan pers"],
    bio=["{p} adalah wartawan yang meliput isu ekonomi.", "Tentang Penulis\n{p} bergabung dengan {s} sejak 2016.",
         "{p} adalah editor di {s}."],
    copyright=["Copyright © 2019 {s}. All Rights Reserved.", "Hak Cipta © {s} 2019",
               "Tentang Kami\nRedaksi\nPedoman Media Siber\nKebijakan Privasi\nKontak",
               "Dilarang mengutip sebagian atau seluruh isi artikel tanpa izin."],
    tags=["Tags: {tags}", "Topik: {tags}", "Kata Kunci:\n{taglines}", "TAG: {tags}"],
    stamp=["Rabu, {dd} {mon} 2019 {t} WIB", "Diperbarui {dd} {mon} 2019", "Dipublikasikan: {dd}/{mm}/2019",
           "{dd} {mon} 2019 | {t} WIB", "Senin, {dd}/{mm}/2019 {t}"],
    source=["Sumber: {a}", "Sumber: Kompas.com", "({a})", "Sumber: Kementerian Kesehatan"],
    words=["Jakarta", "ekonomi", "kesehatan", "pendidikan", "sepak bola", "politik", "pemilu", "banjir"],
)
L['ru'] = dict(
    who=["Мэрия", "Правительство", "Полиция", "Жители", "Учителя", "Минздрав", "Болельщики", "Суд", "Фермеры",
         "Госдума", "Губернатор"],
    did=["одобрила", "отклонила", "отложила", "объявила", "раскритиковала", "проверит", "приостановила",
         "поддержала"],
    what=["новую программу жилья", "повышение тарифов", "пенсионную реформу", "ремонт моста", "вакцинацию",
          "сокращение бюджета", "строительство школы", "цены на бензин", "фестиваль музыки"],
    tail=["", "", "", ": что изменится", " после скандала", " в Москве", ". Главное"],
    months=["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря"],
    people=["Мария Иванова", "Алексей Смирнов", "Ольга Кузнецова", "Дмитрий Попов", "Елена Соколова"],
    sites=["Городские новости", "Вести региона", "Наша газета", "Новости дня"],
    agencies=["ТАСС", "РИА Новости", "Интерфакс", "Reuters"],
    menu=["Главная", "Новости", "Политика", "Экономика", "Спорт", "Культура", "Общество", "Происшествия", "В мире",
          "Здоровье", "Технологии", "Видео", "Мнения", "Авто"],
    readalso=["Читайте также:", "Читайте также", "Смотрите также:", "По теме:", "Еще по теме:", "Это интересно:",
              "Рекомендуем:"],
    related=["Похожие статьи", "Материалы по теме", "Ещё по теме", "Другие новости", "Рекомендуем прочитать",
             "Новости партнеров"],
    mostread=["Самое читаемое", "Популярное", "Самые популярные", "Топ новостей", "Главное за неделю",
              "Самое обсуждаемое"],
    share=["Поделиться", "Поделиться в ВКонтакте", "Отправить в Telegram", "Скопировать ссылку", "Распечатать",
           "Поделиться:\nВКонтакте\nОдноклассники\nTelegram"],
    follow=["Подписывайтесь на наш канал в Telegram", "Следите за нами во ВКонтакте", "Мы в соцсетях",
            "Читайте {s} в Дзене", "Подписывайтесь на {s} в Telegram, чтобы быть в курсе главных новостей"],
    newsletter=["Подпишитесь на нашу рассылку", "Получайте главные новости на почту", "Подписаться на новости",
                "Рассылка {s}\nПодписаться"],
    subscribe=["Войти", "Оформить подписку", "Уже подписаны? Войдите", "Регистрация",
               "Этот материал доступен только подписчикам. Оформите подписку, чтобы читать дальше."],
    comments=["Комментарии", "Комментарии ({n})", "Оставить комментарий", "Обсудить", "{n} комментариев",
              "Написать комментарий", "Комментариев пока нет"],
    cookie=["Мы используем файлы cookie, чтобы сайт работал лучше. Продолжая пользоваться сайтом, вы соглашаетесь "
            "с этим.\nПринять",
            "Сайт использует cookie для хранения данных. Подробнее\nХорошо"],
    app=["Скачайте наше приложение", "Читайте нас в мобильном приложении", "Установите приложение {s}",
         "Доступно в App Store и Google Play"],
    ad=["Реклама", "РЕКЛАМА", "На правах рекламы", "Продолжение ниже", "Реклама 16+", "Партнерский материал"],
    credit=["Фото: РИА Новости", "Фото: пресс-служба", "© ТАСС", "Фото: {p}", "Фото: {a}/{p}",
            "Иллюстрация: Shutterstock"],
    caption=["Мэр во время пресс-конференции", "Жители у здания администрации", "Вид на центральную площадь",
             "Спасатели на месте происшествия"],
    bio=["{p} — корреспондент отдела политики.", "Об авторе\n{p} пишет для издания «{s}» с 2015 года.",
         "{p} — редактор раздела «Общество»."],
    copyright=["© 2019 Сетевое издание «{s}». Все права защищены.", "© {s}, 2019",
               "О проекте\nКонтакты\nРеклама на сайте\nПолитика конфиденциальности\n18+",
               "При полном или частичном использовании материалов ссылка на {s} обязательна."],
    tags=["Теги: {tags}", "Темы: {tags}", "Метки:\n{taglines}", "Ключевые слова: {tags}"],
    stamp=["Опубликовано: {dd}.{mm}.2019 {t}", "Обновлено {dd} {mon} 2019", "{dd} {mon} 2019, {t}",
           "{n} часа назад", "Сегодня в {t}"],
    source=["Источник: {a}", "По материалам {a}", "Источник: Минздрав", "Источник фото: {a}"],
    words=["Москва", "экономика", "здоровье", "образование", "футбол", "политика", "выборы", "происшествия"],
)
L['ko'] = dict(
    who=["서울시", "정부", "경찰", "주민들", "교사들", "보건복지부", "팬들", "법원", "농민들", "국회", "시장"],
    did=["승인", "거부", "연기", "발표", "비판", "조사 착수", "중단", "옹호"],
    what=["새 주택 공급안", "버스 요금 인상", "연금 개혁", "다리 보수 공사", "백신 접종", "예산 삭감",
          "공무원 시험", "유가 급등", "음악 축제"],
    tail=["", "", "", "…논란 확산", "…무엇이 달라지나", ", 왜?", " '주목'"],
    months=[f"{k}월" for k in range(1, 13)],
    people=["김민수", "이지은", "박서준", "최유진", "정다훈"],
    sites=["엔터미디어", "데일리뉴스", "코리아타임즈", "한빛일보"],
    agencies=["연합뉴스", "뉴시스", "뉴스1", "KBS"],
    menu=["홈", "전체뉴스", "정치", "경제", "사회", "문화", "연예", "스포츠", "국제", "IT", "오피니언", "포토",
          "영상", "라이프"],
    readalso=["[관련기사]", "▶ 관련기사", "관련기사 :", "[함께 보면 좋은 기사]", "▶", "☞"],
    related=["관련기사", "함께 보면 좋은 기사", "추천 기사", "이 기사와 함께 많이 본 뉴스", "같은 분야 기사",
             "관련 뉴스"],
    mostread=["많이 본 뉴스", "가장 많이 본 기사", "인기 기사", "실시간 인기", "주요뉴스", "많이 본 기사"],
    share=["공유하기", "기사 공유", "페이스북 공유", "카카오톡 공유", "URL 복사", "인쇄하기", "스크랩",
           "공유\n페이스북\n트위터\n카카오톡"],
    follow=["카카오톡 채널 추가하고 뉴스 받아보세요", "유튜브 구독하기", "인스타그램 팔로우하기",
            "{s} 네이버 구독하기"],
    newsletter=["뉴스레터 구독하기", "무료 뉴스레터 신청", "매일 아침 주요 뉴스를 이메일로 받아보세요",
                "{s} 뉴스레터\n구독"],
    subscribe=["로그인", "회원가입", "구독 신청", "유료 회원 전용 기사입니다. 로그인 후 이용해 주세요."],
    comments=["댓글", "댓글 {n}", "댓글 쓰기", "댓글 ({n})", "첫 댓글을 남겨주세요", "댓글 보기",
              "댓글을 작성하려면 로그인하세요"],
    cookie=["이 사이트는 쿠키를 사용합니다. 계속 이용하시면 쿠키 사용에 동의하는 것으로 간주됩니다.\n동의",
            "더 나은 서비스를 위해 쿠키를 사용합니다.\n확인"],
    app=["앱 다운로드", "모바일 앱에서 보기", "앱 설치하고 알림 받기", "{s} 앱으로 보기"],
    ad=["광고", "AD", "광고 영역", "스폰서", "[광고]"],
    credit=["[사진=연합뉴스]", "사진 제공=KBS", "(사진=뉴시스)", "사진={a}", "[사진 출처=인스타그램]",
            "ⓒ {a}"],
    caption=["기자회견 중인 시장", "청사 앞에 모인 시민들", "사고 현장의 구조대원들", "시상식에 참석한 배우"],
    bio=["{p} 기자는 문화부에서 방송과 연예를 담당하고 있다.", "기자 소개\n{p} 기자 {s} 문화부",
         "{p} 칼럼니스트 news@example.co.kr"],
    copyright=["Copyright © {s} All rights reserved.", "무단전재 및 재배포 금지",
               "회사소개\n개인정보처리방침\n청소년보호정책\n이용약관", "<저작권자 © {s}, 무단 전재 및 재배포 금지>"],
    tags=["태그: {tags}", "#{tag1} #{tag2} #{tag3}", "관련 태그\n{taglines}", "키워드: {tags}"],
    stamp=["입력 2019.{mm}.{dd} {t}", "수정 2019.{mm}.{dd} {t}", "기사입력 2019-{mm}-{dd} {t}",
           "등록 2019.{mm}.{dd}", "승인 2019.{mm}.{dd} {t}"],
    source=["출처: {a}", "[출처: {a}]", "자료: 통계청"],
    words=["드라마", "예능", "정치", "경제", "영화", "축구", "선거", "날씨"],
)


def fill(r, lang, s):
    d = L[lang]
    tags = r.sample(d['words'], r.randint(3, 5))
    return (s.replace('{n}', str(r.randint(2, 240)))
            .replace('{dn}', f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/2019")
            .replace('{dd}', f"{r.randint(1, 28):02d}").replace('{mm}', f"{r.randint(1, 12):02d}")
            .replace('{mon}', r.choice(d['months'])).replace('{t}', f"{r.randint(6, 23):02d}:{r.randint(0, 59):02d}")
            .replace('{hh}', str(r.randint(6, 23))).replace('{mi}', f"{r.randint(0, 59):02d}")
            .replace('{p}', r.choice(d['people'])).replace('{s}', r.choice(d['sites']))
            .replace('{a}', r.choice(d['agencies'])).replace('{tags}', r.choice([', ', ' ', ' · ', ' | ']).join(tags))
            .replace('{taglines}', '\n'.join(tags)).replace('{tag1}', tags[0].replace(' ', ''))
            .replace('{tag2}', tags[1].replace(' ', '')).replace('{tag3}', tags[2].replace(' ', '')))


def headline(r, lang):
    d = L[lang]
    if lang == 'ko':
        h = f"{r.choice(d['who'])}, {r.choice(d['what'])} {r.choice(d['did'])}{r.choice(d['tail'])}"
        return f"‘{h}’" if r.random() < 0.2 else h
    h = f"{r.choice(d['who'])} {r.choice(d['did'])} {r.choice(d['what'])}{r.choice(d['tail'])}"
    if r.random() < 0.25:
        h = f"{r.choice(d['words']).capitalize()}: {h}"
    return h


def lines(r, lang, s):
    return fill(r, lang, s).split('\n')


# ---------------------------------------------------------------- the kinds of furniture
def menu(r, lang):
    items = r.sample(L[lang]['menu'], r.randint(5, 10))
    return [r.choice([' | ', ' · ', '  ', ' / ']).join(items)] if r.random() < 0.3 else items


def read_also(r, lang):
    label = r.choice(L[lang]['readalso'])
    if r.random() < 0.6:
        return [f"{label} {headline(r, lang)}"]
    return [label] + [headline(r, lang) for _ in range(r.randint(1, 3))]


def related(r, lang):
    out = [r.choice(L[lang]['related'])]
    for _ in range(r.randint(3, 6)):
        out.append(headline(r, lang))
        if r.random() < 0.3:
            out.append(fill(r, lang, r.choice(L[lang]['stamp'])))
    return out


def most_read(r, lang):
    out = [r.choice(L[lang]['mostread'])]
    numbered = r.random() < 0.5
    for k in range(r.randint(3, 6)):
        h = headline(r, lang)
        out.append(f"{k + 1}. {h}" if numbered and r.random() < 0.5 else h if not numbered else f"{k + 1}\n{h}")
    return '\n'.join(out).split('\n')


def prompt(kind):
    def make(r, lang):
        return lines(r, lang, r.choice(L[lang][kind]))
    return make


def photo(r, lang):
    credit = fill(r, lang, r.choice(L[lang]['credit']))
    cap = r.choice(L[lang]['caption'])
    k = r.randrange(3)
    if k == 0:
        return [credit]
    if k == 1:
        return [f"{cap}{r.choice([' - ', ' | ', ' ', ' — '])}{credit}"]
    return [cap, credit]


def tags(r, lang):
    return lines(r, lang, r.choice(L[lang]['tags']))


KINDS = [("menu", menu, 2), ("readalso", read_also, 4), ("related", related, 3), ("mostread", most_read, 2),
         ("share", prompt('share'), 3), ("follow", prompt('follow'), 2), ("newsletter", prompt('newsletter'), 2),
         ("subscribe", prompt('subscribe'), 1), ("comments", prompt('comments'), 2), ("cookie", prompt('cookie'), 1),
         ("app", prompt('app'), 2), ("ad", prompt('ad'), 3), ("photo", photo, 3), ("bio", prompt('bio'), 1),
         ("copyright", prompt('copyright'), 2), ("tags", tags, 2), ("stamp", prompt('stamp'), 2),
         ("source", prompt('source'), 2)]
# where each kind goes: above the story, between its paragraphs, below it
PLACES = {"menu": "AU", "readalso": "M", "related": "MB", "mostread": "MB", "share": "AMB", "follow": "MB",
          "newsletter": "MB", "subscribe": "AMB", "comments": "AB", "cookie": "AB", "app": "AMB", "ad": "AMB",
          "photo": "AM", "bio": "B", "copyright": "B", "tags": "B", "stamp": "AB", "source": "B"}


# ---------------------------------------------------------------- the pages
def tune_ids():
    return sorted(l.split('\t')[0] for l in SPLIT.read_text().splitlines() if l.endswith('\ttune'))


def build(pid, lang, r):
    dump = (PAGES / f"{pid}.txt").read_text(encoding='utf-8').split('\n')
    gold = GOLD[pid]['articleBody']
    gl = set(x.strip() for x in gold.split('\n') if x.strip())
    m = [k for k, x in enumerate(dump) if x.strip() in gl]
    if len(m) < 2:
        return None, []
    first, last = m[0], m[-1]
    between = [a for a, b in zip(m, m[1:]) if all(not dump[k].strip() for k in range(a + 1, b))] or m[:-1]
    inserts = {}  # line index -> lines to put after it (before it for 'A', keyed first - 1)
    kinds = []
    weights = [w for _, _, w in KINDS]
    for _ in range(r.randint(5, 10)):
        name, fn, _ = r.choices(KINDS, weights)[0]
        place = r.choice(PLACES[name])
        at = {'A': first - 1, 'U': max(0, first - 1 - r.randint(0, 3)), 'M': r.choice(between), 'B': last}[place]
        piece = fn(r, lang)
        if r.random() < 0.3:
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
    return '\n'.join(out), kinds


# ---------------------------------------------------------------- the HTML pages
# The same furniture as markup, set into each page's HTML beside the <p> elements that hold the gold body's
# paragraphs: before the first, after one in the middle, after the last. Class names as sites give them, some
# named for the story ("article-body"), some hashed, some none.
HTML = SHARED / 'bench/extraction/html'
PARA = re.compile(r'<p\b[^>]*>(.*?)</p\s*>', re.S | re.I)
TAG = re.compile(r'<[^>]+>')
CLASSES = {"menu": ["nav", "main-menu", "site-nav", "menu-principal", "hauptnavigation"],
           "related": ["related", "mais-lidas", "artikel-empfehlungen", "correlati", "berita-terkait", "story-list"],
           "prompt": ["newsletter-box", "share-bar", "social", "promo", "app-banner", "cookie-consent", "cta"],
           "ad": ["ad-slot", "publicidade", "anzeige", "adv", "iklan", "banner"],
           "photo": ["figure", "foto", "image-credit", "media"],
           "bio": ["author-bio", "autor", "sobre-autor", "penulis"],
           "footer": ["footer", "site-footer", "rodape", "fusszeile"],
           "meta": ["tags", "meta", "article-meta", "post-info", "source"],
           "story": ["article-body", "story-content", "rich-text", "content"]}


def esc(t):
    return t.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def cls(r, group):
    k = r.random()
    if k < 0.15:
        return ''
    if k < 0.3:
        return f' class="{"".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(7))}"'
    if k < 0.4:
        return f' class="{r.choice(CLASSES["story"])}"'
    return f' class="{r.choice(CLASSES[group])}"'


def markup(r, name, lines):
    lines = [x for x in lines if x.strip()]
    link = lambda x: f'<a href="/{r.randint(1000, 99999)}">{esc(x)}</a>'
    if name == 'menu':
        return f'<nav{cls(r, "menu")}><ul>' + ''.join(f'<li>{link(x)}</li>' for x in lines) + '</ul></nav>'
    if name in ('related', 'mostread') or (name == 'readalso' and len(lines) > 1):
        head, items = lines[0], lines[1:]
        tag = r.choice(['aside', 'div', 'section'])
        h = r.choice(['h2', 'h3', 'h4', 'strong'])
        body = (f'<ul>' + ''.join(f'<li>{link(x)}</li>' for x in items) + '</ul>' if r.random() < 0.6
                else ''.join(f'<div>{link(x)}</div>' for x in items))
        return f'<{tag}{cls(r, "related")}><{h}>{esc(head)}</{h}>{body}</{tag}>'
    if name == 'readalso':
        label, _, rest = lines[0].partition(' ')
        return f'<p{cls(r, "related")}><strong>{esc(label)}</strong> {link(rest)}</p>' if rest \
            else f'<p>{esc(lines[0])}</p>'
    if name == 'photo':
        return (f'<figure{cls(r, "photo")}><img src="/img/{r.randint(1, 9999)}.jpg" alt="">'
                + ''.join(f'<figcaption>{esc(x)}</figcaption>' for x in lines) + '</figure>')
    if name == 'ad':
        return f'<div{cls(r, "ad")}><span>{esc(lines[0])}</span></div>'
    if name == 'bio':
        return f'<div{cls(r, "bio")}>' + ''.join(f'<p>{esc(x)}</p>' for x in lines) + '</div>'
    if name == 'copyright':
        return f'<footer{cls(r, "footer")}>' + ''.join(f'<p>{link(x) if len(lines) > 2 else esc(x)}</p>'
                                                      for x in lines) + '</footer>'
    if name in ('tags', 'stamp', 'source'):
        tag = 'time' if name == 'stamp' and r.random() < 0.5 else r.choice(['p', 'div', 'span'])
        return f'<div{cls(r, "meta")}>' + ''.join(f'<{tag}>{esc(x)}</{tag}>' for x in lines) + '</div>'
    # prompts: share, follow, newsletter, subscribe, comments, cookie, app
    parts = [f'<p>{esc(lines[0])}</p>'] + [f'<a href="#">{esc(x)}</a>' for x in lines[1:]]
    return f'<div{cls(r, "prompt")}>' + ''.join(parts) + '</div>'


def text_of(inner):
    return ' '.join(html_lib.unescape(TAG.sub(' ', inner)).split())


def build_html(pid, lang, r):
    path = HTML / f"{pid}.html.gz"
    if not path.exists():
        return None, []
    page = gzip.open(path, 'rt', encoding='utf-8', errors='replace').read()
    gl = set(' '.join(x.split()) for x in GOLD[pid]['articleBody'].split('\n') if x.strip())
    paras = [m for m in PARA.finditer(page) if text_of(m.group(1)) in gl]
    if len(paras) < 2:
        return None, []
    first, last = paras[0], paras[-1]
    middle = paras[:-1]
    inserts = {}  # offset -> html
    kinds = []
    weights = [w for _, _, w in KINDS]
    for _ in range(r.randint(5, 10)):
        name, fn, _ = r.choices(KINDS, weights)[0]
        place = r.choice(PLACES[name].replace('U', 'A'))
        at = {'A': first.start(), 'M': r.choice(middle).end(), 'B': last.end()}[place]
        inserts.setdefault(at, []).append(markup(r, name, fn(r, lang)))
        kinds.append(f"{name}:{place}")
    out, prev = [], 0
    for at in sorted(inserts):
        out += [page[prev:at], '\n'.join(inserts[at])]
        prev = at
    out.append(page[prev:])
    return ''.join(out), kinds


def main_html(outdir, pages, half):
    golds = {'A': {}, 'B': {}}
    manifest = []
    for h in 'AB':
        (outdir / 'html' / h).mkdir(parents=True, exist_ok=True)
    for pid, lang in pages:
        for v in range(1, VARIANTS + 1):
            r = random.Random(f"{SEED}:html:{pid}:{v}")
            text, kinds = build_html(pid, lang, r)
            if text is None:
                continue
            did = f"{pid}~v{v}"
            (outdir / 'html' / half[pid] / f"{did}.html").write_text(text, encoding='utf-8')
            golds[half[pid]][did] = {'articleBody': GOLD[pid]['articleBody'], 'url': GOLD[pid].get('url')}
            manifest.append(f"{did}\t{half[pid]}\t{lang}\t{','.join(kinds)}")
    for h in 'AB':
        json.dump(golds[h], open(outdir / 'html' / f"gold-{h}.json", 'w'), ensure_ascii=False)
    (outdir / 'html' / 'manifest.tsv').write_text('\n'.join(manifest) + '\n')
    print('html', {h: len(golds[h]) for h in 'AB'})


def main():
    outdir = Path(sys.argv[1])
    pages = [(pid, language(GOLD[pid]['articleBody'])) for pid in tune_ids()]
    pages = [(pid, lang) for pid, lang in pages if lang in L]
    r0 = random.Random(SEED)
    shuffled = [pid for pid, _ in pages]
    r0.shuffle(shuffled)
    half = {pid: ('A' if k < len(shuffled) // 2 else 'B') for k, pid in enumerate(shuffled)}
    golds = {'A': {}, 'B': {}}
    manifest = []
    for h in 'AB':
        (outdir / h).mkdir(parents=True, exist_ok=True)
    for pid, lang in pages:
        for v in range(1, VARIANTS + 1):
            r = random.Random(f"{SEED}:{pid}:{v}")
            text, kinds = build(pid, lang, r)
            if text is None:
                continue
            did = f"{pid}~v{v}"
            (outdir / half[pid] / f"{did}.txt").write_text(text, encoding='utf-8')
            golds[half[pid]][did] = {'articleBody': GOLD[pid]['articleBody'], 'url': GOLD[pid].get('url')}
            manifest.append(f"{did}\t{half[pid]}\t{lang}\t{','.join(kinds)}")
    for h in 'AB':
        json.dump(golds[h], open(outdir / f"gold-{h}.json", 'w'), ensure_ascii=False)
    (outdir / 'manifest.tsv').write_text('\n'.join(manifest) + '\n')
    print({h: len(golds[h]) for h in 'AB'})
    main_html(outdir, pages, half)


if __name__ == '__main__':
    main()
