internal import JSON
internal import Synchronization

/// Collects the answers to the requests of one batch and sends them as one array once all are in.
final class BatchReply: Sendable {
  private let slots: Mutex<(answers: [JSONValue?], missing: Int)>
  private let writer: MessageWriter

  /// A batch that expects `count` answers.
  init(count: Int, writer: MessageWriter) {
    slots = Mutex((Array(repeating: nil, count: count), count))
    self.writer = writer
  }

  /// Stores the answer for `slot`; the last one sends the array.
  func fill(_ slot: Int, with message: JSONRPCMessage) {
    let complete = slots.withLock { slots -> [JSONValue]? in
      precondition(slots.answers[slot] == nil, "a batch slot was answered twice")
      slots.answers[slot] = message.jsonValue
      slots.missing -= 1
      return slots.missing == 0 ? slots.answers.map { $0! } : nil
    }
    if let complete { writer.send(.array(complete)) }
  }
}
