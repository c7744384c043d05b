package com.arbitra.domain;

public interface Outbox {

    void add(OutboxAction action);
}
