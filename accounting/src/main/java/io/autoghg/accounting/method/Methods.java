package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.SourceType;
import java.util.Locale;

/** Chooses the method of a source: its type's default, or the "method" parameter for refrigerants. */
public final class Methods {
    private Methods() {
    }

    public static CalculationMethod forSource(MethodContext ctx) {
        SourceType type = ctx.source().type();
        return switch (type.method()) {
            case FUEL_COMBUSTION -> new FuelCombustion();
            case CO2_SHIELDING_GAS -> new Co2ShieldingGas();
            case ACETYLENE_CUTTING -> new AcetyleneCutting();
            case WASTE_TREATMENT -> new WasteTreatment();
            case WASTEWATER_CH4 -> new WastewaterMethane();
            case REFRIGERANT -> refrigerant(ctx);
            case GAS_PIPELINE_LEAK -> new GasPipelineLeak();
            case FUGITIVE_RELEASE -> new FugitiveRelease();
            case ELECTRICITY -> new ElectricityPurchase();
            case PV_ONSITE -> new OnsitePv();
            case PURCHASED_HEAT -> new PurchasedHeat();
            case ACTIVITY_FACTOR -> new ActivityFactor();
        };
    }

    private static CalculationMethod refrigerant(MethodContext ctx) {
        String chosen = ctx.text("method").map(text -> text.toLowerCase(Locale.ROOT)).orElseGet(() -> inferred(ctx));
        return switch (chosen) {
            case "massbalance", "mass-balance" -> new RefrigerantMassBalance();
            case "screening" -> new RefrigerantScreening();
            case "filling" -> new VehicleFillingLoss();
            default -> throw ctx.problem("parameters.method", "unknown method '" + chosen
                    + "'; use massBalance, screening or filling");
        };
    }

    private static String inferred(MethodContext ctx) {
        if (ctx.items().stream().anyMatch(RefrigerantMassBalance.ITEMS::contains)) {
            return "massbalance";
        }
        if (ctx.has("charge")) {
            return "screening";
        }
        if (ctx.source().type() == SourceType.FUG_REFRIGERANT_VEHICLE) {
            return "filling";
        }
        throw ctx.problem("parameters.method", "say how this refrigerant source is accounted: method massBalance (items "
                + "stockStart, stockEnd, purchased, disposed …) or screening (item charge with a leakRate)");
    }
}
