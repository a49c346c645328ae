// Key Vault for the app's secrets, with Azure RBAC (no access policies). The app's identity may read secrets
// (Key Vault Secrets User); the person or group named as operator may set them (Key Vault Secrets Officer).
// The database password is written here from the deployment's secure parameter; the other secrets are set by
// hand (deployment/README.md, "Put the secrets in Key Vault"), so that no secret is ever in a file.

@description('Name of the vault (3-24 letters, digits and hyphens, unique in Azure).')
param name string

@description('Azure region.')
param location string

@description('Tags for the resource.')
param tags object

@description('Principal (object) ID of the app\'s managed identity.')
param appPrincipalId string

@description('Object ID of the person or group who sets the secrets; empty to assign that role yourself.')
param operatorPrincipalId string = ''

@description('Whether operatorPrincipalId is a User or a Group.')
@allowed([
  'User'
  'Group'
])
param operatorPrincipalType string = 'User'

@secure()
@description('The PostgreSQL administrator password, stored as the secret database-password.')
param databasePassword string

// Built-in role definitions (the same IDs in every subscription).
var secretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')
var secretsOfficerRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7')

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // A lost pseudonym key cannot be recreated (stored pseudonyms would no longer match): keep deleted
    // secrets recoverable. Purge protection cannot be turned off again once on.
    enablePurgeProtection: true
    // App Service resolves Key Vault references over the vault's public endpoint, with RBAC deciding who
    // may read. For a private endpoint instead, see deployment/azure/README.md.
    publicNetworkAccess: 'Enabled'
  }
}

resource databasePasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-password'
  properties: {
    value: databasePassword
    contentType: 'PostgreSQL administrator password (SPRING_DATASOURCE_PASSWORD)'
  }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, appPrincipalId, secretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: secretsUserRole
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorSetsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(operatorPrincipalId)) {
  name: guid(vault.id, operatorPrincipalId, secretsOfficerRole)
  scope: vault
  properties: {
    roleDefinitionId: secretsOfficerRole
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}

output name string = vault.name
// Ends with a slash, e.g. https://<name>.vault.azure.net/
output uri string = vault.properties.vaultUri
