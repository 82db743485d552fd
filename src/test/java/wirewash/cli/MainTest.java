package wirewash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void runningOutOfHeapExitsWithItsOwnCodeAndSaysWhatToDo() {
        StringWriter err = new StringWriter();
        int code = Main.guarded(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, new PrintWriter(err, true));
        assertThat(code).isEqualTo(ExitCodes.OUT_OF_MEMORY).isNotEqualTo(ExitCodes.DOCUMENTS_FAILED);
        assertThat(err.toString()).contains("out of memory (Java heap space)").contains("-Xmx");
    }

    @Test
    void aCommandsOwnExitCodePassesThrough() {
        assertThat(Main.guarded(() -> ExitCodes.CONFIG, new PrintWriter(new StringWriter()))).isEqualTo(ExitCodes.CONFIG);
    }
}
