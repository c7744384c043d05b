package com.arbitra.domain;

public record MiniProgram(String appId, String name) {
}
