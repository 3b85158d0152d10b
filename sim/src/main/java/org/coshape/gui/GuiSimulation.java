package org.coshape.gui;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.CoshapeModel;
import org.coshape.results.RunSpec;
import org.coshape.scenario.Scenario;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.YamlNode;
import sim.engine.SimState;

/**
 * The simulation the MASON console drives: on every start it builds a fresh coshape model from
 * the scenario file plus the inspector's edits, and each tick of its schedule steps that model
 * one tick and tells the views.
 */
public final class GuiSimulation extends SimState {
    private static final long serialVersionUID = 1L;
    private final transient YamlNode tree;
    private final transient Path file;
    private final transient ChunkPool pool;
    private final GuiParameters parameters;
    private transient CoshapeModel model;
    private transient Consumer<CoshapeModel> onTick = m -> {};

    public GuiSimulation(YamlNode tree, Path file, Scenario base, int threads) {
        super(base.seed());
        this.tree = tree;
        this.file = file;
        this.pool = new ChunkPool(threads);
        this.parameters = new GuiParameters(base);
    }

    public GuiParameters parameters() {
        return parameters;
    }

    public CoshapeModel model() {
        return model;
    }

    void onTick(Consumer<CoshapeModel> listener) {
        this.onTick = listener;
    }

    /** The scenario with the inspector's edits (checked like any scenario). */
    Scenario scenario() {
        return ScenarioLoader.bind(ScenarioLoader.applyOverrides(tree, parameters.overrides(), "inspector"), file);
    }

    @Override
    public void start() {
        super.start();
        Scenario s = scenario();
        model = new CoshapeModel(s, RunSpec.seedFor(s.seed(), 0, 0), pool, true);
        model.start();
        onTick.accept(model);
        schedule.scheduleRepeating(state -> {
            if (model.tick() < model.scenario().ticks()) {
                model.schedule.step(model);
                onTick.accept(model);
            }
        });
    }
}
