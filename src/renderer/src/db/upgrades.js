export const UPGRADES = {};
