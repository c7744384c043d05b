package com.arbitra.domain.ports;

import com.arbitra.domain.MerchantWatch;
import java.time.Instant;
import java.util.List;

/** The merchants' figures for the merchants page. */
public interface MerchantReader {

    /** Every merchant with open cases, most open cases in the watch's window first. */
    List<MerchantStats> stats(Instant now, MerchantWatch watch);
}
