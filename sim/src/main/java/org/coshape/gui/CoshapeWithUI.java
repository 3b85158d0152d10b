package org.coshape.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import javax.swing.JFrame;
import org.coshape.model.CoshapeModel;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;
import org.coshape.report.Palette;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.portrayal.simple.RectanglePortrayal2D;
import sim.util.Double2D;

/**
 * The MASON console view of coshape: people projected on two value dimensions (chosen in the
 * inspector), coloured by group, the assistants' promoted values as squares, and the first
 * designer panel's centroid as a ring; live metric charts beside it. Positions are read from the
 * model's arrays each tick; above 20,000 people a fixed, evenly spaced subsample is drawn.
 */
public final class CoshapeWithUI extends GUIState {
    static final int MAX_DRAWN = 20_000;
    private Display2D display;
    private JFrame displayFrame;
    private final ContinuousPortrayal2D portrayal = new ContinuousPortrayal2D();
    private final Continuous2D field = new Continuous2D(0.1, 2.0, 2.0);
    private final LiveCharts charts = new LiveCharts();
    private CoshapeModel shown;
    private Dot[] dots = new Dot[0];
    private AiMark[] aiMarks = new AiMark[0];
    private final CentroidMark centroid = new CentroidMark();
    private final AxesAndLegend axes = new AxesAndLegend(this);

    /** A drawn person. */
    record Dot(int index, int group) {}

    /** An assistant's promoted values. */
    record AiMark(int index) {}

    /** The first designers' centroid. */
    record CentroidMark() {}

    public CoshapeWithUI(GuiSimulation sim) {
        super(sim);
        sim.onTick(this::update);
        portrayal.setField(field);
        portrayal.setPortrayalForClass(Dot.class, new OvalPortrayal2D(0.012) {
            private static final long serialVersionUID = 1L;

            @Override
            public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
                paint = Palette.color(((Dot) object).group() + 1);
                super.draw(object, graphics, info);
            }
        });
        portrayal.setPortrayalForClass(AiMark.class, new RectanglePortrayal2D(Color.BLACK, 0.05));
        portrayal.setPortrayalForClass(CentroidMark.class, new OvalPortrayal2D(new Color(120, 120, 120), 0.08, false));
    }

    public static String getName() {
        return "coshape";
    }

    /** The console's About tab. */
    public static Object getInfo() {
        return "<html><body style='font-family:sans-serif'><h2>coshape</h2>"
                + "<p>Mutual shaping between a population and adaptive AI assistants: people ask their"
                + " assistant, its answers pull their current values, they rate it, it adapts by its alignment"
                + " regime, and people influence each other on their network. Own values (what people"
                + " endorse) change only across generations.</p>"
                + "<p><b>The view</b> shows people on two value dimensions (choose them in the Model tab:"
                + " X and Y dimension), coloured by group; each assistant's promoted values as a black square;"
                + " the first designer panel's centroid as a grey ring. Above 20,000 people an evenly spaced"
                + " sample is drawn. <b>The charts</b> follow the metrics of everyone and of each group.</p>"
                + "<p>The Model tab edits the scenario's main parameters; they apply when the model is"
                + " (re)started. For results to publish, run the same scenario from the command line"
                + " (<tt>coshape run SCENARIO</tt>): the same seed gives the same numbers there.</p>"
                + "</body></html>";
    }

    /** The names of the two dimensions shown (horizontal, vertical). */
    String[] axisNames() {
        List<String> dims = shown == null
                ? ((GuiSimulation) state).scenario().values().dimensions()
                : shown.scenario().values().dimensions();
        GuiParameters g = ((GuiSimulation) state).parameters();
        int x = Math.min(g.getXDimension(), dims.size() - 1);
        int y = Math.min(g.getYDimension(), dims.size() - 1);
        return new String[] {dims.get(x), dims.get(y)};
    }

    /** The groups, in the order of their colours. */
    List<String> groupNames() {
        return shown == null
                ? ((GuiSimulation) state).scenario().groupNames()
                : shown.scenario().groupNames();
    }

    @Override
    public Object getSimulationInspectedObject() {
        return ((GuiSimulation) state).parameters();
    }

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(600, 600, this);
        display.setBackdrop(Color.WHITE);
        axes.setField(field);
        display.attach(axes, "Axes and legend");
        display.attach(portrayal, "People, assistants (squares), first designers' centroid (ring)");
        displayFrame = display.createFrame();
        displayFrame.setTitle("coshape: people on two value dimensions");
        c.registerFrame(displayFrame);
        displayFrame.setVisible(true);
        c.registerFrame(charts.frame);
        charts.frame.setLocation(displayFrame.getX() + displayFrame.getWidth() + 10, displayFrame.getY());
        charts.frame.setVisible(true);
    }

    @Override
    public void start() {
        super.start();
        display.reset();
        display.repaint();
    }

    @Override
    public void quit() {
        super.quit();
        if (displayFrame != null) {
            displayFrame.dispose();
        }
        charts.frame.dispose();
    }

    /** Called by the simulation after each model tick (and at tick 0). */
    private void update(CoshapeModel m) {
        if (m != shown) {
            rebuild(m);
        }
        GuiParameters g = ((GuiSimulation) state).parameters();
        People p = m.people();
        int d = p.d;
        int x = Math.min(g.getXDimension(), d - 1);
        int y = Math.min(g.getYDimension(), d - 1);
        for (Dot dot : dots) {
            int vb = p.at(dot.index());
            field.setObjectLocation(dot, at(p.v[vb + x], p.v[vb + y]));
        }
        Ais a = m.ais();
        for (AiMark mark : aiMarks) {
            field.setObjectLocation(mark, at(a.w[mark.index() * d + x], a.w[mark.index() * d + y]));
        }
        double[] c = m.firstDesignerCentroid();
        field.setObjectLocation(centroid, at(c[x], c[y]));
        charts.update(m.series());
    }

    private static Double2D at(double vx, double vy) {
        return new Double2D(vx + 1, 1 - vy);
    }

    private void rebuild(CoshapeModel m) {
        shown = m;
        field.clear();
        People p = m.people();
        int step = Math.max(1, (p.n + MAX_DRAWN - 1) / MAX_DRAWN);
        dots = new Dot[(p.n + step - 1) / step];
        for (int i = 0, k = 0; i < p.n; i += step, k++) {
            dots[k] = new Dot(i, p.group[i]);
        }
        aiMarks = new AiMark[m.ais().m];
        for (int j = 0; j < aiMarks.length; j++) {
            aiMarks[j] = new AiMark(j);
        }
        charts.reset(m.series().rows());
    }

    List<JFrame> frames() {
        return List.of(displayFrame, charts.frame);
    }
}
