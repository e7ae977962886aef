// Puts this process on the parent's test clock: DOMUS_TEST_CLOCK_OFFSET is how far (ms) the test
// clock is from the real one, so both processes read the same instant, which runs at real speed
// (see test/support/test-clock.ts). The bundle under test is unchanged; only the time it reads is.
import { ServerResponse } from "node:http";

const offset = Number(process.env.DOMUS_TEST_CLOCK_OFFSET);
if (!Number.isFinite(offset)) throw new Error("DOMUS_TEST_CLOCK_OFFSET must be a number of milliseconds");
const RealDate = Date;

class TestDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offset);
    else super(...args);
  }
  static now() {
    return RealDate.now() + offset;
  }
}
globalThis.Date = TestDate;

// Node's HTTP servers write their Date header from the real clock. The AWS SDK corrects its
// signing clock to a server's Date header, so the stand-ins' servers must send the test time too,
// or a client would sign in real time what the S3 stand-in checks against the test clock.
const writeHead = ServerResponse.prototype.writeHead;
ServerResponse.prototype.writeHead = function writeHeadOnTestClock(...args) {
  if (this.sendDate && !this.headersSent) {
    this.sendDate = false;
    if (!this.hasHeader("date")) this.setHeader("date", new TestDate().toUTCString());
  }
  return writeHead.apply(this, args);
};
