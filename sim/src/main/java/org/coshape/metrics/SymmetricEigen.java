package org.coshape.metrics;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Eigenvalues and eigenvectors (as columns) of a symmetric matrix. Commons Math's
 * {@link EigenDecomposition} gives up after a fixed 30 iterations, which covariances of many
 * dimensions and few people (rank far below d) can exceed; there the decomposition comes from
 * the singular value decomposition instead, which for a symmetric matrix has the eigenvectors as
 * its right singular vectors, each eigenvalue being the Rayleigh quotient of its vector. Where
 * the eigen-decomposition converges its result is kept, so metrics keep their bits.
 */
record SymmetricEigen(double[] values, RealMatrix vectors) {

    static SymmetricEigen of(RealMatrix symmetric) {
        try {
            EigenDecomposition e = new EigenDecomposition(symmetric);
            return new SymmetricEigen(e.getRealEigenvalues(), e.getV());
        } catch (MaxCountExceededException notConverged) {
            RealMatrix v = new SingularValueDecomposition(symmetric).getV();
            double[] values = new double[v.getColumnDimension()];
            for (int i = 0; i < values.length; i++) {
                RealVector x = v.getColumnVector(i);
                values[i] = x.dotProduct(symmetric.operate(x));
            }
            return new SymmetricEigen(values, v);
        }
    }
}
