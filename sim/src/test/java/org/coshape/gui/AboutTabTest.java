package org.coshape.gui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sim.display.GUIState;

/** MASON's console finds coshape's About text (its About tab was blank). */
class AboutTabTest {
    @Test
    void theConsoleShowsWhatTheViewDraws() {
        String about = String.valueOf(GUIState.getInfo(CoshapeWithUI.class));
        assertTrue(about.contains("<h2>coshape</h2>"), about);
        assertTrue(about.contains("black square") && about.contains("grey ring"), about);
    }
}
