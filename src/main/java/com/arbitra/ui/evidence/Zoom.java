package com.arbitra.ui.evidence;

/** Zoom factors: the steps the buttons, keys and wheel move between, and the limits. */
final class Zoom {

    static final double MIN = 0.10;
    static final double MAX = 8.00;
    /** The usual viewer ladder: fine steps near 100 %, coarse ones far from it. */
    private static final double[] STEPS = {0.10, 0.25, 0.33, 0.50, 0.67, 0.75, 0.90, 1.00, 1.10, 1.25, 1.50, 1.75,
        2.00, 2.50, 3.00, 4.00, 5.00, 6.00, 8.00};
    /** A fitted scale of 0.4999 should step to 0.50 on zoom in, not jump over it. */
    private static final double EPSILON = 0.005;

    private Zoom() {
    }

    static double clamp(double scale) {
        return Math.max(MIN, Math.min(MAX, scale));
    }

    static double in(double scale) {
        for (double step : STEPS) {
            if (step > scale + EPSILON) {
                return step;
            }
        }
        return MAX;
    }

    static double out(double scale) {
        for (int i = STEPS.length - 1; i >= 0; i--) {
            if (STEPS[i] < scale - EPSILON) {
                return STEPS[i];
            }
        }
        return MIN;
    }

    /** The resolution to render a PDF page at for a scale: the next step up, so a window resize re-renders rarely. */
    static double renderScale(double scale, double maxRender) {
        double step = scale;
        for (double s : STEPS) {
            if (s >= scale - EPSILON) {
                step = s;
                break;
            }
        }
        return Math.min(step, maxRender);
    }
}
