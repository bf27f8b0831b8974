// Property tests draw from one seed per run, so that a failure seen once can be seen again: CI and
// a plain run use the fixed seed below; FC_SEED=<number> explores other draws (the failure message
// names the seed and path to replay).
import fc from 'fast-check';

fc.configureGlobal({ seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261130 });
