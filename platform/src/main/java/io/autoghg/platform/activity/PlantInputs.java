package io.autoghg.platform.activity;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.PlantDefinition;
import java.util.List;

/** What the accounting engine needs for a plant: its definition and the current (submitted, uncorrected) rows. */
public record PlantInputs(PlantDefinition plant, List<ActivityRow> rows) {
}
