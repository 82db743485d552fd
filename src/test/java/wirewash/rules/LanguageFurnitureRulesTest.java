package wirewash.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The furniture {@code rules/multilingual.rules} names in Portuguese, Indonesian, Russian and Korean beyond its first
 * sections (the {@code lang} perturbation set's failures): related and recommendation headings, a Korean plug with a
 * quoted headline, source and wire credits, "read it in the app", log-in lines, a caption run on to its credit after
 * a dash, bare Indonesian and Russian date stamps, personal-archive credits, a byline run on to its date, the author
 * box's heading, a paywall's prompt, a messenger group's invitation, comment buttons, "continued below". Each sample
 * line is matched whole by a rule of its kind and reason; story sentences with the same words by none.
 */
class LanguageFurnitureRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TAIL|related-list|Mais sobre o assunto",
            "TAIL|related-list|Leia ainda:",
            "TAIL|related-list|Recomendadas para você",
            "TAIL|related-list|Rekomendasi",
            "TAIL|related-list|Berita Lain",
            "TAIL|related-list|Рекомендуем",
            "TAIL|related-list|같은 분야 기사",
            "TAIL|related-list|함께 보면 좋은 뉴스",
            "LINE|related-list|관련기사 ‘주민들, 새 주택 공급안 거부’",
            "LINE|source-link|*Com AFP",
            "LINE|source-link|Com informações do G1",
            "LINE|source-link|Com Agência Brasil",
            "LINE|source-link|Fonte: Ministério da Saúde",
            "LINE|source-link|Sumber: Antara",
            "LINE|source-link|Источник: ТАСС",
            "LINE|source-link|По материалам РИА Новости",
            "LINE|source-link|출처: 연합뉴스",
            "LINE|source-link|[출처: 뉴시스]",
            "LINE|app-promo|Leia no app",
            "LINE|app-promo|Continue lendo no aplicativo do G1",
            "LINE|subscribe|Daftar",
            "LINE|subscribe|Masuk / Daftar",
            "LINE|subscribe|Войти",
            "LINE|subscribe|회원가입",
            "CAPTION|caption|Suasana di depan gedung DPR, Senin pagi - Foto: Ahmad Fauzi/Kompas.com",
            "CAPTION|caption|시상식에 참석한 배우 — ⓒ 뉴스1",
            "LINE|dateline|Senin, 03/12/2019 15:53",
            "LINE|dateline|24 Desember 2019 | 13:29 WIB",
            "LINE|dateline|Rabu, 13 Maret 2019 14:05 WIB",
            "LINE|dateline|12 марта 2019, 14:05",
            "LINE|dateline|5 октября 2018 года",
            "CAPTION|caption|личный архив Андрея Рудькова",
            "CAPTION|caption|Фото из открытых источников",
            "CAPTION|caption|Arquivo pessoal",
            "CAPTION|caption|Dok. pribadi",
            "BYLINE|byline|Текст: Венера Ерофеева·24 сентября 2018",
            "TAIL|author-box|Об авторе",
            "TAIL|author-box|Tentang Penulis",
            "TAIL|author-box|L'autore",
            "TAIL|author-box|기자 소개",
            "LINE|subscribe|Esta reportagem é exclusiva para assinantes. Assine agora e tenha acesso ilimitado.",
            "LINE|subscribe|Artikel ini khusus pelanggan. Berlangganan sekarang untuk membaca.",
            "LINE|subscribe|Материал доступен только подписчикам. Оформите подписку, чтобы читать дальше.",
            "LINE|contact|Participe do nosso grupo no Telegram",
            "LINE|contact|Вступайте в нашу группу ВКонтакте",
            "LINE|comment-box|Lihat semua komentar",
            "LINE|comment-box|Показать все комментарии (12)",
            "LINE|comment-box|댓글 모두 보기",
            "LINE|advertisement|Продолжение ниже",
            "LINE|advertisement|Continua abaixo",
            "LINE|related-list|Clique na foto do Adauto e veja as colunas sobre Formula 1 que ele escreve para o site!",
            "LINE|related-list|Clique na imagem acima e veja como está o ranking dos pilotos nesta temporada.",
            "LINE|related-list|Clique e saiba os horários da TV do GP do Brasil. Conheça a pista e os pneus.",
            "LINE|related-list|Clique aqui e confira a galeria completa de fotos do evento",
            "LINE|related-list|Haz clic aquí y descubre todas las fechas de la temporada",
            "LINE|related-list|Clicca sulla foto e scopri tutti i dettagli della nuova collezione",
            "LINE|related-list|Klicken Sie hier und lesen Sie den ganzen Bericht",
            "LINE|related-list|Klik di sini untuk membaca berita selengkapnya",
            "LINE|related-list|Нажмите на фото, чтобы посмотреть всю галерею",
            "LINE|comment-box|ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao usuário não serão aprovados pelo moderador.",
            "LINE|comment-box|Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.",
            "LINE|comment-box|Los comentarios son responsabilidad de sus autores.",
            "LINE|author-bio|최유진 기자는 문화부에서 방송과 연예를 담당하고 있다.",
            "LINE|author-bio|김민수 기자는 경제 분야를 취재하고 있다.",
            "LINE|author-bio|박지훈 특파원은 워싱턴에서 미국 정치를 취재한다."})
    void furnitureIsNamed(RuleKind kind, String code, String line) throws RuleException {
        ShippedRules.assertNames(kind, code, line);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Com a AFP e a Reuters, a agência brasileira dividiu a cobertura da cúpula em Buenos Aires.",
            "Com informações desencontradas, a polícia demorou a chegar ao local, disse o delegado.",
            "Fonte: o ministério diz que o número de casos caiu. Mas os médicos discordam.",
            "Leia no app do banco as regras novas, orientou a gerente aos clientes mais velhos.",
            "Os leitores podem agora ler a matéria no aplicativo, e o jornal diz que já tem 2 milhões de downloads.",
            "Mais sobre o assunto deve ser divulgado pela prefeitura na próxima semana.",
            "Masuk angin bisa diatasi dengan istirahat yang cukup, kata dokter.",
            "Daftar calon tetap akan diumumkan KPU pada pekan depan.",
            "Rekomendasi itu disampaikan komisi kepada presiden pada Senin.",
            "Senin, 3 Desember 2019, menjadi hari yang tak terlupakan bagi warga desa itu.",
            "Войти в историю команде помешала травма капитана.",
            "Рекомендуем родителям проверять, что дети смотрят в интернете, говорят психологи.",
            "По материалам дела, обвиняемый получил деньги от подрядчика, а затем вывел их за границу.",
            "Источник в правительстве сообщил, что решение уже принято.",
            "Из личного архива семьи журналисты узнали, что он воевал на двух фронтах и дважды был ранен.",
            "12 марта 2019 года суд вынес приговор бывшему мэру города.",
            "회원가입 절차가 복잡하다는 지적이 이어지자 회사는 간소화 방안을 내놨다.",
            "관련기사에 따르면 시청률은 지난주보다 두 배 올랐다.",
            "Об авторе книги известно немного: он жил в Казани и писал под псевдонимом.",
            "Fitur itu khusus pelanggan lama, kata juru bicara perusahaan, yang tidak mau masuk ke detail.",
            "Participe do debate, pediu o prefeito aos moradores reunidos na praça.",
            "Lihat saja komentar para pejabat itu, kata pengamat politik tersebut.",
            "Продолжение ниже по течению реки строится новый мост.",
            "* Clique no link para ver o Calendário completo da Cup, Xfinity e Truck Series",
            "Quem clique na foto e veja o preço vai se assustar, disse o comerciante.",
            "Os usuários que clicaram na imagem e viram o vídeo foram redirecionados para um site falso, disse a polícia.",
            "Os comentários ofensivos foram publicados no perfil do deputado e depois apagados.",
            "Os comentários do ministro não foram aprovados pelo presidente, segundo assessores.",
            "Los comentarios del presidente fueron criticados por la oposición.",
            "Klicken Sie hier, sagte der Betrüger am Telefon zu der Rentnerin, und sie verlor 3.000 Euro.",
            "김민수 기자는 현장에서 경찰이 시위대를 막고 있다고 전했다.",
            "이 사건을 취재한 최유진 기자는 당시 상황을 자세히 설명했다.",
            "최유진 기자는 문화부에서 방송을 담당하고 있다. 그는 지난해 사고로 크게 다쳤다."})
    void storySentencesWithTheSameWordsAreNoFurniture(String sentence) throws RuleException {
        ShippedRules.assertNamesNothing(sentence);
    }
}
