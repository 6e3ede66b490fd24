package com.nyfacialparalysis.requests;

/**
 * How a person asked to be called back: in which language, and whether with an
 * interpreter. Never the name a person wrote for another language: that is theirs, and
 * stays with the request.
 *
 * @param language the language to call in
 * @param interpreter whether they asked for an interpreter
 */
public record CallBack(CallLanguage language, boolean interpreter) {
}
