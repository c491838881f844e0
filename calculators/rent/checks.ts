import type { Reason } from '../core/citation';

export type CheckStatus = 'pass' | 'fail' | 'not-checked';

/** One limit tested against the request: its outcome and the reason, with the arithmetic and the passage. */
export type LimitCheck = { id: string; label: string; status: CheckStatus; reason: Reason };

/** Builds a check. */
export const check = (id: string, label: string, status: CheckStatus, reason: Reason): LimitCheck => ({ id, label, status, reason });

/** Pass when the condition holds, fail otherwise. */
export const passIf = (condition: boolean): CheckStatus => (condition ? 'pass' : 'fail');
