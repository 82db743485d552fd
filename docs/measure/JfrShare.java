import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Shares of a JFR recording's execution samples under a root method (default {@code Cleaner.run}): each method's
 * inclusive share (samples with it anywhere on the stack below the root) and self share (top frame), the top N.
 *
 * <pre>java docs/measure/JfrShare.java P.jfr [ROOT] [TOP] [FOCUS]</pre>
 *
 * With FOCUS (a "Class.method" substring), also that method's callees and source lines inside it.
 */
public final class JfrShare {
    public static void main(String[] args) throws Exception {
        String root = args.length > 1 ? args[1] : "Cleaner.run";
        int top = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        String focus = args.length > 3 ? args[3] : null;
        Map<String, Integer> inclusive = new HashMap<>(), self = new HashMap<>(), callees = new HashMap<>(),
                lines = new HashMap<>();
        int total = 0, all = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) continue;
            all++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            int rootAt = -1;
            for (int i = frames.size() - 1; i >= 0; i--) if (name(frames.get(i)).endsWith(root)) { rootAt = i; break; }
            if (rootAt < 0) continue;
            total++;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i <= rootAt; i++) {
                String n = name(frames.get(i));
                if (seen.add(n)) inclusive.merge(n, 1, Integer::sum);
                if (focus != null && n.endsWith(focus)) {
                    String callee = i == 0 ? "(self)" : name(frames.get(i - 1));
                    callees.merge(callee, 1, Integer::sum);
                    lines.merge("line " + frames.get(i).getLineNumber(), 1, Integer::sum);
                }
            }
            self.merge(name(frames.get(0)), 1, Integer::sum);
        }
        System.out.printf("%d samples under %s of %d%n", total, root, all);
        print("inclusive", inclusive, total, top);
        print("self", self, total, top);
        if (focus != null) {
            print("callees of " + focus, callees, total, top);
            print("lines of " + focus, lines, total, top);
        }
    }

    static String name(RecordedFrame f) {
        String type = f.getMethod().getType().getName();
        return type.substring(type.lastIndexOf('.') + 1) + "." + f.getMethod().getName();
    }

    static void print(String title, Map<String, Integer> counts, int total, int top) {
        System.out.println("== " + title);
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue() != 0 ? b.getValue() - a.getValue()
                        : a.getKey().compareTo(b.getKey())).limit(top)
                .forEach(en -> System.out.printf("%6.2f%% %6d %s%n", 100.0 * en.getValue() / total, en.getValue(),
                        en.getKey()));
    }
}
