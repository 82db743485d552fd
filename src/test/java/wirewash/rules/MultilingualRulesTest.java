package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped rules name furniture in German, French, Spanish, Italian, Portuguese, Dutch, Russian, Indonesian and
 * Korean as they name it in
 * English ({@code rules/multilingual.rules}): each sample line is matched whole by a rule of its kind and reason, and
 * story sentences that use the same words are matched by none.
 */
class MultilingualRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LINE|related-list|Lesen Sie auch: Bahnstreik legt den Verkehr lahm",
            "LINE|subscribe|Abonnieren Sie unseren Newsletter",
            "LINE|subscribe|Se connecter",
            "LINE|share|Partager cet article",
            "CAPTION|caption|Photo : AFP",
            "LINE|copyright|© 2024 Le Journal. Tous droits réservés.",
            "TAIL|related-list|Les plus lus",
            "TAIL|comment-box|Kommentare (12)",
            "LINE|media|Lesezeit: 5 Min.",
            "LINE|media|4 min de lecture",
            "LINE|media|Tiempo de lectura: 3 minutos",
            "LINE|media|Tempo di lettura 4 minuti",
            "LINE|media|Tempo de leitura: 6 min",
            "LINE|media|Leestijd 3 minuten",
            "LINE|media|Artikel anhören",
            "LINE|media|Écouter cet article",
            "LINE|subscribe|Unterstützen Sie unabhängigen Journalismus",
            "LINE|subscribe|Jetzt spenden",
            "LINE|subscribe|Soutenez-nous",
            "LINE|subscribe|Faites un don",
            "LINE|subscribe|Apóyanos",
            "LINE|subscribe|Hazte socio",
            "LINE|subscribe|Sostieni il giornalismo indipendente",
            "LINE|subscribe|Diventa abbonato",
            "LINE|subscribe|Apoie o jornalismo",
            "LINE|subscribe|Torne-se assinante",
            "LINE|subscribe|Steun onze journalistiek",
            "LINE|subscribe|Word abonnee",
            "LINE|related-list|Читайте также: Как выбрать беговые кроссовки",
            "LINE|related-list|Baca juga: Harga cabai naik menjelang Ramadhan",
            "LINE|related-list|[관련기사] 주말 드라마 시청률 경쟁 치열",
            "LINE|related-list|Passend dazu: Krankenkassen erhöhen Beiträge",
            "TAIL|related-list|Похожие статьи",
            "TAIL|related-list|Berita terkait",
            "TAIL|related-list|많이 본 뉴스",
            "TAIL|related-list|Mais lidas da semana",
            "TAIL|related-list|Ähnliche Beiträge",
            "TAIL|related-list|Articoli più letti",
            "LINE|share|Поделиться в соцсетях",
            "LINE|share|Bagikan artikel ini",
            "LINE|share|공유하기",
            "LINE|share|Auf Facebook teilen",
            "LINE|contact|Folgen Sie uns auf LinkedIn",
            "LINE|contact|Подписывайтесь на наш канал в Telegram",
            "LINE|contact|Ikuti kami di Instagram",
            "LINE|contact|Seguici su Facebook",
            "LINE|subscribe|Подпишитесь на нашу рассылку",
            "LINE|subscribe|Berlangganan newsletter kami",
            "LINE|subscribe|Jetzt Newsletter abonnieren",
            "LINE|app-promo|Скачайте наше приложение",
            "LINE|app-promo|Unduh aplikasi kami di Play Store",
            "LINE|app-promo|Baixe o aplicativo e receba notícias",
            "LINE|advertisement|Iklan",
            "LINE|advertisement|— Реклама —",
            "LINE|advertisement|Continua após a publicidade",
            "CAPTION|caption|Фото: личный архив",
            "CAPTION|caption|[사진=MBC]",
            "CAPTION|caption|Блогер готовит десерт на кухне (Фото: ТАСС)",
            "LINE|copyright|© 2019 Все права защищены.",
            "LINE|copyright|저작권자 © 엔터미디어 무단전재 및 재배포 금지",
            "TAIL|comment-box|Комментарии (4)",
            "TAIL|comment-box|Tinggalkan komentar",
            "TAIL|comment-box|댓글 0",
            "LINE|tag-list|Теги: рецепты, еда, блогеры",
            "LINE|tag-list|Schlagwörter: Digitalisierung, Gesundheit",
            "LINE|tag-list|#드라마 #남상미",
            "LINE|cookie-notice|Мы используем файлы cookie, чтобы улучшить работу сайта.",
            "LINE|cookie-notice|Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können.",
            "LINE|dateline|Aktualisiert am 12.03.2019 um 10:12 Uhr",
            "LINE|dateline|Atualizado há 2 horas",
            "LINE|dateline|2 часа назад",
            "LINE|dateline|입력 2018.09.28 14:05",
            "LINE|media|Время чтения: 3 минуты",
            "LINE|media|Waktu baca 3 menit",
            "LINE|contact|Bleiben Sie informiert und folgen Sie uns",
            "LINE|subscribe|Daftar sekarang untuk mendapatkan update",
            "LINE|cookie-notice|Questo sito o gli strumenti terzi da questo utilizzati si avvalgono di cookie necessari al funzionamento.",
            "CAPTION|caption|Foto di archivio",
            "BYLINE|byline|Von Anna Müller",
            "BYLINE|byline|Автор статьи: Мария Иванова",
            "BYLINE|byline|김민수 기자",
            "LINE|byline|Da Redação"})
    void furnitureInOtherLanguagesIsNamedAsInEnglish(RuleKind kind, String code, String line) throws RuleException {
        ShippedRules.assertNames(kind, code, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Die Stadt will die Vereine unterstützen, sagte der Bürgermeister am Dienstag vor dem Rat.",
            "La lecture du rapport a pris quatre heures, selon les députés présents à la séance.",
            "El tiempo de lectura de los alumnos bajó un 12% en cinco años, según el informe del ministerio.",
            "I cittadini hanno deciso di fare una donazione alla Croce Rossa dopo il terremoto di lunedì.",
            "O governo vai apoiar o jornalismo local com um fundo de 10 milhões de euros, disse a ministra.",
            "De gemeente wil de lokale journalistiek steunen met een nieuw fonds voor onderzoeksverhalen.",
            "Реклама на федеральных каналах стоит слишком дорого, поэтому блогеры продвигают страницы сами.",
            "Anzeige gegen den Betreiber der Klinik wurde bereits im Frühjahr erstattet.",
            "Iklan rokok di televisi akan dibatasi mulai tahun depan, kata menteri.",
            "Ikuti sunnah Nabi dalam makan dan minum, karena di situ ada banyak manfaat.",
            "Seguici in questo viaggio nella memoria, scriveva la rivista nel numero speciale.",
            "Mit der App können Patienten ihre Daten einsehen, erklärt der Experte.",
            "Publicado em 2019, o livro vendeu mais de um milhão de cópias no Brasil.",
            "Stand 2019 hatte die Firma rund 400 Mitarbeiter in drei Ländern.",
            "O curta foi publicado no YouTube na semana passada e já tem milhares de visualizações.",
            "광고 모델로도 활약했던 그녀는 이번 작품에서 완전히 다른 얼굴을 보여준다.",
            "Von der Leyen",
            "Di Maio"})
    void storySentencesWithTheSameWordsAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
