package wirewash.run;

/** Told how many documents of a run are done, so a terminal can show a progress bar. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(int done, int total) {}

        @Override
        public void finish() {}
    };

    void update(int done, int total);

    void finish();
}
