package org.ieum.enterprises;

/** The 21 sections of the Korean Standard Industrial Classification (KSIC); names live in the messages. */
public enum IndustrySection {
	A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U
}
