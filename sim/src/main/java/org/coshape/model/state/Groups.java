package org.coshape.model.state;

/** Group membership lists, shared by the network generators and the model. */
public final class Groups {
    private Groups() {}

    /** The people of each group, in index order. */
    public static int[][] members(int[] group, int groups) {
        int[] count = new int[groups];
        for (int g : group) {
            count[g]++;
        }
        int[][] m = new int[groups][];
        for (int g = 0; g < groups; g++) {
            m[g] = new int[count[g]];
        }
        int[] fill = new int[groups];
        for (int i = 0; i < group.length; i++) {
            m[group[i]][fill[group[i]]++] = i;
        }
        return m;
    }
}
