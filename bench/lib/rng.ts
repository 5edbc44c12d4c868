/** The benches' seeded PRNG is the project's one (scripts/lib/random.ts): the generated dataset is the same on every run. */
export { seededRandom as seededRng, type Random as Rng } from '../../scripts/lib/random'
