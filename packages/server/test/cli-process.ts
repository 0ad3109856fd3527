import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const packageDirectory = fileURLToPath(new URL("..", import.meta.url));
const cliArgs = ["--import", "tsx", "--conditions", "source", "src/cli.ts"];
/** The command as the package ships it (`pnpm build` makes it). */
export const builtCli = ["dist/cli.js"];

/** Runs `chanjiao-server ARGS` (from the sources, unless `command` says otherwise) to its exit; resolves with its exit code and output. */
export async function runCli(args: string[], command = cliArgs): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [...command, ...args], { cwd: packageDirectory, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, "exit")) as [number | null];
  return { code, stdout, stderr };
}

/** Starts `chanjiao-server ARGS` as a child process; resolves once it prints the API URL it serves. */
export function startCli(args: string[]): Promise<{ child: ChildProcess; api: string }> {
  const child = spawn(process.execPath, [...cliArgs, ...args], { cwd: packageDirectory, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+\/v1)/.exec(output);
      if (match) resolve({ child, api: match[1]! });
    });
    child.once("exit", (code) => reject(new Error(`The server exited with ${code}: ${output}`)));
  });
}

/** Kills a child process (if still running) and waits for it to be gone. */
export async function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill(signal);
  await exited;
}
