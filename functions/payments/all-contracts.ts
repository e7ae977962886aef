export * from "./contracts";
export * from "./owner-contracts";
export * from "./penalties/contracts";
export * from "./statements/contracts";
