/** @homeward/server: the back office an embassy deploys. */
export {};
