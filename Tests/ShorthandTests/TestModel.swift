import Botocore
import JSON

/// A small service model with every shape kind the shorthand code cares about.
enum TestModel {
  static let text = #"""
    {"metadata": {"apiVersion": "2024-01-01", "serviceId": "Demo", "protocol": "json"},
     "operations": {"Create": {"name": "Create", "input": {"shape": "CreateInput"}}},
     "shapes": {
       "CreateInput": {"type": "structure", "members": {
         "peer": {"shape": "Peer"}, "mappings": {"shape": "MappingList"}, "tags": {"shape": "TagList"},
         "attributes": {"shape": "AttributeMap"}, "behavior": {"shape": "AttributeValue"},
         "ids": {"shape": "StringList"}, "payload": {"shape": "Document"}, "node": {"shape": "Node"},
         "deep": {"shape": "Level1"}, "choice": {"shape": "Choice"}, "grid": {"shape": "Grid"}}},
       "Peer": {"type": "structure", "required": ["asn"], "members": {
         "asn": {"shape": "Asn"}, "asnLong": {"shape": "Long"}, "ratio": {"shape": "Ratio"},
         "enabled": {"shape": "Boolean"}, "name": {"shape": "Name"}, "family": {"shape": "Family"},
         "ports": {"shape": "PortList"}, "ebs": {"shape": "Ebs"}, "labels": {"shape": "LabelMap"},
         "extra": {"shape": "Document"}, "when": {"shape": "Timestamp"}, "blob": {"shape": "Blob"}}},
       "Asn": {"type": "integer", "min": 1, "max": 4294967294},
       "Long": {"type": "long"},
       "Ratio": {"type": "double", "min": 0, "max": 1},
       "Boolean": {"type": "boolean"},
       "Name": {"type": "string", "min": 1, "max": 8, "pattern": "^[a-z][a-z0-9-]*$"},
       "Family": {"type": "string", "enum": ["ipv4", "ipv6"]},
       "PortList": {"type": "list", "member": {"shape": "Port"}, "max": 3},
       "Port": {"type": "integer"},
       "Ebs": {"type": "structure", "members": {
         "VolumeSize": {"shape": "Port"}, "Encrypted": {"shape": "Boolean"}, "VolumeType": {"shape": "VolumeType"}}},
       "VolumeType": {"type": "string", "enum": ["gp2", "gp3", "io1", "io2", "st1", "sc1", "standard"]},
       "LabelMap": {"type": "map", "key": {"shape": "LabelKey"}, "value": {"shape": "Port"}, "min": 1},
       "LabelKey": {"type": "string", "enum": ["alpha", "beta"]},
       "Document": {"type": "structure", "members": {}, "document": true},
       "Timestamp": {"type": "timestamp"},
       "Blob": {"type": "blob"},
       "MappingList": {"type": "list", "member": {"shape": "Mapping"}},
       "Mapping": {"type": "structure", "members": {
         "DeviceName": {"shape": "String"}, "Ebs": {"shape": "Ebs"}, "Docs": {"shape": "DocumentList"}}},
       "DocumentList": {"type": "list", "member": {"shape": "Document"}},
       "TagList": {"type": "list", "member": {"shape": "Tag"}, "min": 1},
       "Tag": {"type": "structure", "required": ["Key"], "members": {
         "Key": {"shape": "String"}, "Value": {"shape": "String"}}},
       "String": {"type": "string"},
       "AttributeMap": {"type": "map", "key": {"shape": "AttributeName"}, "value": {"shape": "String"}},
       "AttributeName": {"type": "string", "enum": ["Policy", "DelaySeconds"]},
       "AttributeValue": {"type": "structure", "members": {"Value": {"shape": "String"}}},
       "StringList": {"type": "list", "member": {"shape": "String"}},
       "Node": {"type": "structure", "members": {"name": {"shape": "String"}, "children": {"shape": "NodeList"}}},
       "NodeList": {"type": "list", "member": {"shape": "Node"}},
       "Level1": {"type": "structure", "members": {"a": {"shape": "Level2"}}},
       "Level2": {"type": "structure", "members": {"b": {"shape": "Level3"}}},
       "Level3": {"type": "structure", "members": {"c": {"shape": "Level4"}}},
       "Level4": {"type": "structure", "members": {"d": {"shape": "Level5"}}},
       "Level5": {"type": "structure", "members": {"e": {"shape": "String"}}},
       "Choice": {"type": "structure", "union": true, "members": {"left": {"shape": "String"}, "right": {"shape": "Port"}}},
       "Grid": {"type": "structure", "members": {"rows": {"shape": "Rows"}, "flags": {"shape": "FlagMap"}}},
       "Rows": {"type": "list", "member": {"shape": "StringList"}},
       "FlagMap": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "Ebs"}}
     }}
    """#

  static let model: ServiceModel = {
    // The text is a constant; a failure here is a bug in the test itself.
    try! ServiceModel(serviceName: "demo", service: try! JSONValue(parsing: text), source: "TestModel")
  }()

  /// The shape named `name`.
  static func shape(_ name: String) -> Shape {
    model.shape(named: name)!
  }
}
