package com.arbitra.domain;

public enum Difficulty {
    EASY, MEDIUM, HARD
}
