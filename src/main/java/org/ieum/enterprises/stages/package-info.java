/**
 * Where each organization stands on its way with the center (발굴 → 설립 준비 → 설립 → 예비 지정 준비 → 지정 → 인증 준비 →
 * 인증 → 성장 → 선도기업, with the exits 휴업, 폐업 and 지정 취소): staff move it with a date and, going back, a reason;
 * every move is kept. Founding teams without a business number (예비창업팀) are registered here. Each center has a
 * pipeline board (counts per stage, who has waited longest), and the staff directory filters by stage through
 * {@link org.ieum.enterprises.stages.StageFilter}.
 * <p>
 * Depends on {@code records} only.
 */
package org.ieum.enterprises.stages;
