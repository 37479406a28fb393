import ArgotProtocol
import CLISchema
import JSONRPC

extension ArgotServer {
  /// `argot/services`: every service command, worked out once per session.
  func services(_ request: ServicesRequest) throws(ResponseError) -> ServicesResult {
    if let known = serviceList.withLock({ $0 }) { return known }
    let services = catalog.serviceCommands().map { command in
      ServicesResult.Service(name: command.name, serviceName: command.serviceName, isHidden: command.isHidden)
    }
    let result = ServicesResult(services: services, customCommands: catalog.customCommandNames)
    serviceList.withLock { $0 = result }
    return result
  }

  /// `argot/operations`: a service's operation and waiter commands, and the CLI's own subcommands.
  func operations(_ request: OperationsRequest) throws(ResponseError) -> OperationsResult {
    do throws(CatalogError) {
      let service = try catalog.serviceCommand(named: request.service)
      let entry = { (entry: OperationEntry) in
        OperationsResult.Entry(name: entry.name, operation: entry.operationName, isHidden: entry.isHidden)
      }
      let result = OperationsResult(
        service: service.name,
        serviceName: service.serviceName,
        operations: try catalog.operations(of: service).map(entry),
        waiters: try catalog.waiters(of: service).map(entry),
        customCommands: catalog.customSubcommands(of: service).keys.sorted()
      )
      markWarm(request.service)
      return result
    } catch {
      throw ResponseError(error)
    }
  }
}
