package org.coshape.runtime;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;

/**
 * Reads the running JVM's HotSpot options, which decide which instructions C2 may use in the hot
 * loops (UseFMA), where G1 puts large arrays (the record alignment) and whether the heap asks for
 * huge pages. The engine picks between equivalent forms by them; results never depend on the
 * answer, only speed.
 */
public final class HotSpotOptions {
    private HotSpotOptions() {}

    /** The option's value as HotSpot prints it, or null when it is unknown or this is not HotSpot. */
    public static String value(String name) {
        try {
            return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption(name)
                    .getValue();
        } catch (RuntimeException | LinkageError e) {
            return null; // not HotSpot, no management module, or no such option
        }
    }

    /**
     * Whether the option was set when Java started (on its command line, in an options
     * variable or file), rather than left to its default or to the JVM's own choice.
     */
    public static boolean isGiven(String name) {
        try {
            VMOption.Origin origin = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption(name)
                    .getOrigin();
            return origin != VMOption.Origin.DEFAULT && origin != VMOption.Origin.ERGONOMIC;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** The integer option's value, or {@code fallback} when it cannot be read. */
    public static long longValue(String name, long fallback) {
        String v = value(name);
        try {
            return v == null ? fallback : Long.parseLong(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
