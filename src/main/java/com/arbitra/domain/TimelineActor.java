package com.arbitra.domain;

public enum TimelineActor {
    CONSUMER, MERCHANT, PLATFORM, AGENT, SUPERVISOR, SYSTEM
}
