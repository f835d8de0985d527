/**
 * The words people see when a server call fails (src/sidebar/rpc.ts describeError), in Node with no
 * browser: a network failure is a connection problem, told apart from the several-Google-accounts
 * problem, which keeps its own explanation.
 */
import {
  MULTI_ACCOUNT_MESSAGE,
  UNREACHABLE_MESSAGE,
  describeError,
} from '../../src/sidebar/rpc';

describe('sidebar error messages', () => {
  it.each([
    'NetworkError: Connection failure due to HTTP 0',
    'NetworkError: Connection failure due to HTTP 503',
    'TypeError: Failed to fetch',
    'Network request failed',
  ])('says the add-on could not reach Google Docs for %p', raw => {
    expect(describeError(new Error(raw))).toEqual({
      message: UNREACHABLE_MESSAGE,
      detail: raw,
      multiAccount: false,
    });
  });

  it.each([
    'ScriptError: Action not allowed',
    'PERMISSION_DENIED',
    "ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.",
    'ScriptError: Authorization is required to perform that action.',
  ])('explains the several-accounts problem for %p', raw => {
    expect(describeError(new Error(raw))).toEqual({
      message: MULTI_ACCOUNT_MESSAGE,
      detail: raw,
      multiAccount: true,
    });
  });

  it('says the add-on could not reach Google Docs when the failure says nothing', () => {
    expect(describeError(new Error(''))).toMatchObject({
      message: UNREACHABLE_MESSAGE,
      multiAccount: false,
    });
    expect(describeError(undefined)).toMatchObject({
      message: UNREACHABLE_MESSAGE,
    });
  });

  it("shows the server's own message without its class prefix", () => {
    expect(
      describeError({message: 'Exception: Someone else is changing this.'}),
    ).toEqual({
      message: 'Someone else is changing this.',
      detail: null,
      multiAccount: false,
    });
  });
});
