package org.coshape.model.network;

/** Group membership lists, shared by network generators and the model. */
public final class Groups {
    private Groups() {
    }

    /** The people of each group, in index order. */
    public static int[][] members(int[] group, int groups) {
        return NetworkBuilder.members(group, groups);
    }
}
