import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";
import { cacheStatements, sqliteClientOf } from "./sqlite-statement-cache";

/**
 * better-sqlite3 gives Prisma one connection. Its adapter serialises transactions
 * against each other, but a plain query from another request runs on the same
 * connection *inside* whatever transaction is open: it sees uncommitted rows, and its
 * writes vanish when that transaction rolls back (found by a test where a refused
 * confirmation took the winner's outbox mail with it). Here every statement outside a
 * transaction waits until no transaction is open.
 */
class Gate {
  #tail: Promise<void> = Promise.resolve();

  /** Resolves with a release function once every earlier holder has released. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ready = this.#tail.then(() => release);
    this.#tail = this.#tail.then(() => held);
    return ready;
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

function serialized(inner: SqlDriverAdapter): SqlDriverAdapter {
  const gate = new Gate();
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => gate.run(() => inner.queryRaw(query)),
    executeRaw: (query: SqlQuery) => gate.run(() => inner.executeRaw(query)),
    executeScript: (script: string) => gate.run(() => inner.executeScript(script)),
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      const release = await gate.acquire();
      try {
        const transaction = await inner.startTransaction(isolationLevel);
        let released = false;
        const finish = async (end: () => Promise<void>) => {
          try {
            await end();
          } finally {
            if (!released) {
              released = true;
              release();
            }
          }
        };
        return Object.assign(Object.create(transaction) as Transaction, {
          commit: () => finish(() => transaction.commit()),
          rollback: () => finish(() => transaction.rollback()),
        });
      } catch (error) {
        release();
        throw error;
      }
    },
  };
}

function withStatementCache(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const client = sqliteClientOf(adapter);
  if (client) cacheStatements(client);
  return adapter;
}

export function serializedSqlite(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => serialized(withStatementCache(await factory.connect())),
    connectToShadowDb: async () => serialized(await factory.connectToShadowDb()),
  };
}
