// The user-assigned managed identity that the app runs as. It pulls the image from the registry, reads
// secrets from Key Vault and, when the bot's type is UserAssignedMSI, is the bot's Microsoft App ID too.

@description('Name of the identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
