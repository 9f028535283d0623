package dev.codedrill.ui.layout;

/** Where the results panel sits against the editor; the learner's choice, remembered. */
public enum ResultsPlacement {
    /** Under the editor, sharing its height (the default). */
    BELOW,
    /** At the editor's right, sharing its width: the most tests in view on a wide screen. */
    BESIDE,
    /** In the editor's place when a run starts, full height; Ctrl+E or "Code" brings the editor back. */
    INSTEAD
}
