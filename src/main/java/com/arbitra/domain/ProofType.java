package com.arbitra.domain;

public enum ProofType {
    PAYMENT_REFUND, TRANSACTION_FLOW, TRANSFER, LOGISTICS, OTHER
}
