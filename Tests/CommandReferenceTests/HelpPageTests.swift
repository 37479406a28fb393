import CLISchema
import CommandReference
import Testing
import TextSnapshots

@Suite struct HelpPageTests {
  @Test(arguments: ["create-bgp-peer", "create-interconnect"])
  func embeddedDefaultSnapshot(operation: String) throws {
    let command = try ReferenceFixtures.command("directconnect", operation)
    let page = HelpPage(command: command, layer: ReferenceFixtures.layer).render()
    try Snapshot.check(page, named: "help-directconnect-\(operation).txt")
  }

  @Test func synopsisFollowsTheSeedPage() throws {
    let command = try ReferenceFixtures.command("directconnect", "create-interconnect")
    let page = HelpPage(command: command, layer: ReferenceFixtures.layer).render()
    let synopsis = try #require(section("SYNOPSIS", of: page))
    #expect(
      Array(synopsis.prefix(12)) == [
        "      create-interconnect",
        "    --interconnect-name <value>",
        "    --bandwidth <value>",
        "    --location <value>",
        "    [--lag-id <value>]",
        "    [--tags <value>]",
        "    [--provider-name <value>]",
        "    [--request-mac-sec | --no-request-mac-sec]",
        "    [--cli-input-json | --cli-input-yaml]",
        "    [--generate-cli-skeleton <value>]",
        "    [--debug]",
        "    [--endpoint-url <value>]",
      ]
    )
    #expect(synopsis.last == "    [--no-cli-auto-prompt]")
  }

  @Test func optionsShowNestedMembersAndSyntaxBlocks() throws {
    let command = try ReferenceFixtures.command("directconnect", "create-interconnect")
    let page = HelpPage(command: command, layer: ReferenceFixtures.layer).render()
    let options = try #require(section("OPTIONS", of: page)).joined(separator: "\n")
    #expect(
      options.contains(
        """
            --tags (list)

                (structure)

                    key -> (string)

                    value -> (string)

                Shorthand Syntax:

                    key=string,value=string ...

                JSON Syntax:

                    [
                      {
                        "key": "string",
                        "value": "string"
                      }
                      ...
                    ]
        """
      )
    )
    #expect(options.contains("    --cli-input-json | --cli-input-yaml (string)"))
  }

  @Test func globalOptionsCanBeListed() throws {
    let command = try ReferenceFixtures.command("directconnect", "create-bgp-peer")
    let short = HelpPage(command: command, layer: ReferenceFixtures.layer).render()
    #expect(section("GLOBAL OPTIONS", of: short) == ["    See 'aws help' for descriptions of global parameters."])
    let long = HelpPage(
      command: command,
      layer: ReferenceFixtures.layer,
      options: HelpPage.Options(listGlobalOptions: true)
    ).render()
    let globals = try #require(section("GLOBAL OPTIONS", of: long))
    #expect(globals.contains("    --output (string)"))
    #expect(globals.contains("          - yaml-stream"))
  }

  @Test func linesStayWithinTheWidth() throws {
    guard let catalog = ReferenceFixtures.installed else { return }
    for (service, operation) in [("directconnect", "create-bgp-peer"), ("ec2", "run-instances")] {
      let command = try catalog.command(service: service, operation: operation)
      let page = HelpPage(command: command, layer: ReferenceFixtures.layer, options: .init(width: 72)).render()
      let prose = page.split(separator: "\n").filter { line in
        !line.contains("\"") && !line.contains("=") && !line.contains("http") && !line.contains("[--")
      }
      let long = prose.filter { line in line.count > 72 && line.split(separator: " ").count > 3 }
      #expect(long.isEmpty, "\(service) \(operation): \(long.prefix(3))")
    }
  }

  /// The rendered page for the installed botocore carries the seed page's facts for `create-bgp-peer`.
  @Test func installedModelMatchesTheSeedPage() throws {
    guard let catalog = ReferenceFixtures.installed else { return }
    let command = try catalog.command(service: "directconnect", operation: "create-bgp-peer")
    let page = HelpPage(command: command, layer: ReferenceFixtures.layer, options: .init(width: 200)).render()
    let facts = [
      "Creates a BGP peer on the specified virtual interface.",
      "You must create a BGP peer for the corresponding address family (IPv4/IPv6) in order to access",
      "    [--virtual-interface-id <value>]",
      "    [--new-bgp-peer <value>]",
      "    [--cli-input-json | --cli-input-yaml]",
      "    [--generate-cli-skeleton <value>]",
      "    --virtual-interface-id (string)",
      "        The ID of the virtual interface.",
      "    --new-bgp-peer (structure)",
      "        Information about the BGP peer.",
      "        asn -> (integer)",
      "        authKey -> (string)",
      "            The authentication key for BGP configuration. This string has a minimum length of 6 characters",
      "        addressFamily -> (string)",
      "            The address family for the BGP peer.",
      "        amazonAddress -> (string)",
      "            The IP address assigned to the Amazon interface.",
      "        customerAddress -> (string)",
      "            The IP address assigned to the customer interface.",
      "        Shorthand Syntax:",
      "            asn=integer,asnLong=long,authKey=string,addressFamily=string,amazonAddress=string,"
        + "customerAddress=string",
      "        JSON Syntax:",
      """
                  {
                    "asn": integer,
                    "asnLong": long,
                    "authKey": "string",
                    "addressFamily": "ipv4"|"ipv6",
                    "amazonAddress": "string",
                    "customerAddress": "string"
                  }
      """,
      "    virtualInterface -> (structure)",
      "        The virtual interface.",
      "        ownerAccount -> (string)",
      "        bgpPeers -> (list)",
      "            (structure)",
      "                bgpPeerState -> (string)",
      "        tags -> (list)",
      "See also: AWS API Documentation (https://docs.aws.amazon.com/goto/WebAPI/directconnect-2012-10-25/CreateBGPPeer)",
    ]
    for fact in facts {
      #expect(page.contains(fact), "missing: \(fact)")
    }
  }

  @Test func realLayerOrderAndPositionalArguments() throws {
    guard let catalog = ReferenceFixtures.installedWithRealLayer else { return }
    let getObject = try catalog.command(service: "s3api", operation: "get-object")
    let synopsis = try #require(section("SYNOPSIS", of: HelpPage(command: getObject, layer: catalog.layer).render()))
    #expect(synopsis.first == "      get-object")
    #expect(synopsis.contains("    --bucket <value>"))
    #expect(synopsis.contains("    <outfile>"))
    #expect(!synopsis.contains { $0.contains("--cli-input-json") })
    let describe = try catalog.command(service: "ec2", operation: "describe-instances")
    let lines = try #require(section("SYNOPSIS", of: HelpPage(command: describe, layer: catalog.layer).render()))
    let start = try #require(lines.firstIndex(of: "    [--cli-input-json | --cli-input-yaml]"))
    #expect(
      Array(lines[start..<(start + 5)]) == [
        "    [--cli-input-json | --cli-input-yaml]", "    [--starting-token <value>]", "    [--page-size <value>]",
        "    [--max-items <value>]", "    [--generate-cli-skeleton <value>]",
      ]
    )
    #expect(lines.contains("    [--dry-run | --no-dry-run]"))
    #expect(!lines.contains { $0.contains("--next-token") })
  }

  /// The lines of a section, without its heading and trailing blank line.
  func section(_ title: String, of page: String) -> [String]? {
    let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = lines.firstIndex(of: title) else { return nil }
    var body: [String] = []
    for line in lines[(start + 1)...] {
      if let first = line.first, first != " " { break }
      body.append(line)
    }
    while body.last == "" { body.removeLast() }
    return body
  }
}
