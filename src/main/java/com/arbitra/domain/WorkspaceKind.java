package com.arbitra.domain;

public enum WorkspaceKind {
    LIVE, TRAINING
}
