package org.coshape.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark ran on, stored beside its figures: throughput on shared machines differs
 * several-fold between CPU generations sold under one name, so a figure without its machine
 * cannot be compared. Read from Linux's /proc and /sys where present; elsewhere only what the JVM
 * knows. The transparent huge page mode is kept too, since it moves the tick's speed.
 */
public record MachineInfo(
        String cpu, String cpuFamilyModel, int logicalCpus, String caches, String os, String transparentHugePages) {

    public static MachineInfo read() {
        String cpu = null;
        String family = "";
        String model = "";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String key = line.substring(0, colon).trim();
                String value = line.substring(colon + 1).trim();
                if (key.equals("model name") && cpu == null) {
                    cpu = value;
                } else if (key.equals("cpu family") && family.isEmpty()) {
                    family = value;
                } else if (key.equals("model") && model.isEmpty()) {
                    model = value;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: the JVM's view is all there is
        }
        String familyModel = family.isEmpty() ? "" : "family " + family + " model " + model;
        return new MachineInfo(
                cpu != null ? cpu : System.getProperty("os.arch"),
                familyModel,
                Runtime.getRuntime().availableProcessors(),
                readCaches(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                readHugePages());
    }

    /** The selected transparent huge page mode ("always", "madvise", "never"), or empty where unknown. */
    public static String readHugePages() {
        try {
            String s = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            int a = s.indexOf('[');
            int b = s.indexOf(']', a + 1);
            return a >= 0 && b > a ? s.substring(a + 1, b) : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Data and unified caches of CPU 0, e.g. "L1d 32K, L2 512K, L3 8192K" (empty where unknown). */
    private static String readCaches() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            Path dir = Path.of("/sys/devices/system/cpu/cpu0/cache/index" + i);
            try {
                String type = Files.readString(dir.resolve("type")).trim();
                if (type.equals("Instruction")) {
                    continue;
                }
                String level = Files.readString(dir.resolve("level")).trim();
                String size = Files.readString(dir.resolve("size")).trim();
                b.append(b.length() == 0 ? "" : ", ")
                        .append('L')
                        .append(level)
                        .append(type.equals("Data") ? "d" : "")
                        .append(' ')
                        .append(size);
            } catch (IOException | RuntimeException e) {
                break;
            }
        }
        return b.toString();
    }

    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", cpu);
        m.put("cpu_family_model", cpuFamilyModel);
        m.put("logical_cpus", logicalCpus);
        m.put("caches", caches);
        m.put("os", os);
        m.put("transparent_hugepages", transparentHugePages);
        return m;
    }

    /** One line for the human-readable report. */
    public String line() {
        List<String> parts = new ArrayList<>();
        parts.add(cpu + (cpuFamilyModel.isEmpty() ? "" : " (" + cpuFamilyModel + ")"));
        parts.add(logicalCpus + " logical CPUs");
        if (!caches.isEmpty()) {
            parts.add(caches);
        }
        if (!transparentHugePages.isEmpty()) {
            parts.add("THP " + transparentHugePages);
        }
        return String.join(", ", parts);
    }
}
