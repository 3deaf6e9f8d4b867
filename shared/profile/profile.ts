/**
 * The union profile (工会基本信息): its record and draft types, field labels, and the rules a
 * profile must meet before it is saved.
 */
export * from './model';
export * from './validate';
