/** The folder of the built console, to serve at `/console/` on the API's origin (`chanjiao-server` does so when this package is installed). */
export declare const consoleDir: string;
