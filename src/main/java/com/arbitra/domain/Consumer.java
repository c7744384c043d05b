package com.arbitra.domain;

/** The consumer as the platform shows it: a masked phone at most (never a full number). */
public record Consumer(String consumerId, String nickname, String phoneMasked) {
}
