// Projections of when a force is lost: the closed form, stepped scenarios, Monte Carlo runs and sweeps.
export * from './baseline.js';
export * from './engine.js';
export * from './types.js';
export * from './project.js';
export * from './scenario.js';
export * from './random.js';
export * from './montecarlo.js';
export * from './sweep.js';
export * from './sweep-input.js';
