package org.factlint.extract;

import static javax.measure.MetricPrefix.CENTI;
import static javax.measure.MetricPrefix.DECI;
import static javax.measure.MetricPrefix.GIGA;
import static javax.measure.MetricPrefix.KILO;
import static javax.measure.MetricPrefix.MEGA;
import static javax.measure.MetricPrefix.MICRO;
import static javax.measure.MetricPrefix.MILLI;
import static javax.measure.MetricPrefix.NANO;
import static javax.measure.MetricPrefix.PETA;
import static javax.measure.MetricPrefix.PICO;
import static javax.measure.MetricPrefix.TERA;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.measure.IncommensurableException;
import javax.measure.Unit;
import javax.measure.UnconvertibleException;
import systems.uom.common.Imperial;
import systems.uom.common.USCustomary;

/**
 * The unit symbols of QUANTITY claims and exact conversions between them (Indriya and
 * systems-common factors, temperature offsets included). For rules: {@code Units.convert(5, "km", "mi")}
 * is 3.107; {@code Units.convert(20, "°C", "°F")} is 68.
 *
 * <p>Symbols: length km m dm cm mm μm nm pm mi yd ft in nmi; area km² m² mi² ft² ha acre; mass kg g mg μg t lb oz
 * st ton (US short ton); volume l ml cl gal (US) pt m³ ft³ bbl (oil barrel, 42 gal) cup tbsp tsp;
 * speed km/h mph m/s kn; temperature °C °F K; power W kW MW GW; energy Wh kWh MWh GWh TWh;
 * information bit B kB MB GB TB PB (decimal prefixes). Ages use
 * "a" (annum) and convert to nothing. "°" (degrees with no scale) converts to nothing either.
 */
public final class Units {
    // Indriya's own class is also called Units; these aliases keep the table readable.
    private static final Unit<javax.measure.quantity.Length> METRE = tech.units.indriya.unit.Units.METRE;
    private static final Unit<javax.measure.quantity.Mass> GRAM = tech.units.indriya.unit.Units.GRAM;
    private static final Unit<javax.measure.quantity.Volume> LITRE = tech.units.indriya.unit.Units.LITRE;
    private static final Unit<javax.measure.quantity.Power> WATT = tech.units.indriya.unit.Units.WATT;
    private static final Unit<javax.measure.quantity.Time> HOUR = tech.units.indriya.unit.Units.HOUR;
    /** Indriya has no unit of information; a base unit of its own dimension converts only to bits and bytes. */
    private static final Unit<javax.measure.quantity.Dimensionless> BIT =
            new tech.units.indriya.unit.BaseUnit<>("bit", tech.units.indriya.unit.UnitDimension.parse('I'));
    private static final Unit<javax.measure.quantity.Dimensionless> BYTE = BIT.multiply(8);
    private static final Map<String, Unit<?>> UNITS = Map.ofEntries(
            Map.entry("km", KILO(METRE)),
            Map.entry("dm", DECI(METRE)),
            Map.entry("μm", MICRO(METRE)),
            Map.entry("nm", NANO(METRE)),
            Map.entry("pm", PICO(METRE)),
            Map.entry("m", METRE),
            Map.entry("cm", CENTI(METRE)),
            Map.entry("mm", MILLI(METRE)),
            Map.entry("mi", USCustomary.MILE),
            Map.entry("yd", USCustomary.YARD),
            Map.entry("ft", USCustomary.FOOT),
            Map.entry("in", USCustomary.INCH),
            Map.entry("nmi", USCustomary.NAUTICAL_MILE),
            Map.entry("km²", KILO(METRE).pow(2)),
            Map.entry("m²", tech.units.indriya.unit.Units.SQUARE_METRE),
            Map.entry("mi²", USCustomary.MILE.pow(2)),
            Map.entry("ft²", USCustomary.SQUARE_FOOT),
            Map.entry("ha", USCustomary.HECTARE),
            Map.entry("acre", USCustomary.ACRE),
            Map.entry("kg", tech.units.indriya.unit.Units.KILOGRAM),
            Map.entry("g", GRAM),
            Map.entry("mg", MILLI(GRAM)),
            Map.entry("μg", MICRO(GRAM)),
            Map.entry("t", Imperial.METRIC_TON),
            Map.entry("lb", USCustomary.POUND),
            Map.entry("oz", USCustomary.OUNCE),
            Map.entry("st", Imperial.STONE),
            Map.entry("ton", USCustomary.TON),
            Map.entry("l", LITRE),
            Map.entry("ml", MILLI(LITRE)),
            Map.entry("cl", CENTI(LITRE)),
            Map.entry("gal", USCustomary.GALLON_LIQUID),
            Map.entry("pt", USCustomary.PINT),
            Map.entry("m³", tech.units.indriya.unit.Units.CUBIC_METRE),
            Map.entry("ft³", USCustomary.CUBIC_FOOT),
            // systems-common's BARREL is not the oil barrel news means; that one is 42 US gallons.
            Map.entry("bbl", USCustomary.GALLON_LIQUID.multiply(42)),
            Map.entry("cup", USCustomary.CUP),
            Map.entry("tbsp", USCustomary.TABLESPOON),
            Map.entry("tsp", USCustomary.TEASPOON),
            Map.entry("km/h", tech.units.indriya.unit.Units.KILOMETRE_PER_HOUR),
            Map.entry("mph", USCustomary.MILE_PER_HOUR),
            Map.entry("m/s", tech.units.indriya.unit.Units.METRE_PER_SECOND),
            Map.entry("kn", USCustomary.KNOT),
            Map.entry("°C", tech.units.indriya.unit.Units.CELSIUS),
            Map.entry("°F", USCustomary.FAHRENHEIT),
            Map.entry("K", tech.units.indriya.unit.Units.KELVIN),
            Map.entry("W", WATT),
            Map.entry("kW", KILO(WATT)),
            Map.entry("MW", MEGA(WATT)),
            Map.entry("GW", GIGA(WATT)),
            Map.entry("Wh", WATT.multiply(HOUR)),
            Map.entry("kWh", KILO(WATT).multiply(HOUR)),
            Map.entry("MWh", MEGA(WATT).multiply(HOUR)),
            Map.entry("GWh", GIGA(WATT).multiply(HOUR)),
            Map.entry("TWh", TERA(WATT).multiply(HOUR)),
            Map.entry("bit", BIT),
            Map.entry("B", BYTE),
            Map.entry("kB", KILO(BYTE)),
            Map.entry("MB", MEGA(BYTE)),
            Map.entry("GB", GIGA(BYTE)),
            Map.entry("TB", TERA(BYTE)),
            Map.entry("PB", PETA(BYTE)));

    private static final Set<String> TEMPERATURES = Set.of("°C", "°F", "K");

    private Units() {}

    /** Whether the symbol is one {@link #convert} knows. */
    public static boolean isKnown(String symbol) {
        return symbol != null && UNITS.containsKey(symbol);
    }

    /** {@code value} in {@code from} expressed in {@code to}; empty when either is unknown or they measure different things. */
    public static Optional<Double> convert(double value, String fromSymbol, String toSymbol) {
        Unit<?> from = fromSymbol == null ? null : UNITS.get(fromSymbol);
        Unit<?> to = toSymbol == null ? null : UNITS.get(toSymbol);
        if (from == null || to == null) return Optional.empty();
        try {
            return Optional.of(from.getConverterToAny(to).convert(value));
        } catch (IncommensurableException | UnconvertibleException e) {
            return Optional.empty();
        }
    }

    /** Whether two symbols measure the same thing (km and mi, °C and °F), so one can restate the other. */
    public static boolean sameDimension(String a, String b) {
        Unit<?> x = a == null ? null : UNITS.get(a);
        Unit<?> y = b == null ? null : UNITS.get(b);
        return x != null && y != null && x.isCompatible(y);
    }

    /** Whether the symbol is a temperature scale (its conversions have offsets, not only factors). */
    public static boolean isTemperature(String symbol) {
        return TEMPERATURES.contains(symbol);
    }
}
