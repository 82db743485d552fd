package wirewash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import wirewash.model.CleanDocument;
import wirewash.model.Cluster;
import wirewash.model.Format;

class WirewashTest {
    @Test
    void cleansAndClustersTheSeedsThroughTheFacade() throws Exception {
        Wirewash ww = Wirewash.withRules(Path.of("rules"));
        List<CleanDocument> docs = new ArrayList<>();
        for (String id : List.of("000_c8a5e1351f70358b", "001_03f5650bdb0a157d", "002_178392d2111f60cf")) {
            docs.add(ww.clean(id, Files.readString(Path.of("seeds", id + ".txt")), Format.TEXT));
        }
        List<Cluster> clusters = ww.cluster(docs);
        assertThat(clusters).hasSize(2);
        assertThat(clusters.get(0).members()).extracting(m -> m.id())
                .containsExactly("000_c8a5e1351f70358b", "002_178392d2111f60cf");
    }

    @Test
    void cleansHtml() throws Exception {
        Wirewash ww = Wirewash.withRules(Path.of("rules"));
        String html = "<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Troops leave</h1>"
                + "<p>The president of the country said on Tuesday that the troops would leave within two days.</p>"
                + "<p>Officials said the mission had been completed and the withdrawal would take ten days.</p>"
                + "</article><footer>Copyright 2022 Example News</footer></body></html>";
        CleanDocument doc = ww.clean("h", html, Format.HTML);
        assertThat(doc.paragraphs()).hasSize(2);
        assertThat(doc.metadata().title()).isEqualTo("Troops leave");
    }
}
