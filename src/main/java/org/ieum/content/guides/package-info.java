/**
 * 인·지정 안내: a center's public guide to each designation (사회적기업 인증, 예비사회적기업 지역형·부처형, 마을기업,
 * 협동조합, 사회적협동조합, 자활기업), in four sections (절차, 요건, 준비서류, 일정) that staff write with the posts'
 * editor and sanitizer. A section the center has not written shows the bundled default text. The readiness checklist
 * of the enterprises module links here through {@link org.ieum.enterprises.DesignationGuides}.
 * <p>
 * Depends on the core {@code board} only (the sanitizer).
 */
package org.ieum.content.guides;
